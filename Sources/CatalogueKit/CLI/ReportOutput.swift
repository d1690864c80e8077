import CatalogueModel
import CatalogueStorage
import CatalogueExport

/// How `changes` and `report` print: text in the catalogue's language, a printable page, or data.
enum ReportFormat {
    case text
    case html(CalendarDay)
    case json
}

extension Command {
    /// `--json` or `--html` (dated by `--date`), else text; nil after a usage error.
    static func reportFormat(_ call: Invocation, _ console: inout Console) -> ReportFormat? {
        let (json, html) = (call.arguments.flag(.json), call.arguments.flag(.html))
        if json && html {
            _ = call.usageError(UsageError(.oneFormat(["--json", "--html"])), &console)
            return nil
        }
        guard let date = publicationDate(call, &console) else { return nil }
        return json ? .json : html ? .html(date) : .text
    }

    /// Prints a report in the format asked for.
    static func printReport(_ format: ReportFormat, _ console: inout Console, json: () -> JSONNode,
                            html: (CalendarDay) -> String, text: () -> String) {
        switch format {
        case .json: console.print(JSONWriter.text(json()))
        case .html(let date): console.write(html(date))
        case .text: console.write(text())
        }
    }

    /// `--date YYYY-MM-DD`, or today; nil after a usage error.
    static func publicationDate(_ call: Invocation, _ console: inout Console) -> CalendarDay? {
        switch call.day() {
        case .success(let day): return day
        case .failure(let error):
            _ = call.usageError(error, &console)
            return nil
        }
    }
}

extension Flag {
    static let html = Flag("--html", help: "Print an HTML page instead of text.")
}
