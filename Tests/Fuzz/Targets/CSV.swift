@testable import CatalogueStorage
@testable import CatalogueExport

/// The CSV reader behind `import` and `stats` on any bytes: it must never crash, every row and
/// problem must name a line of the file, rows come in file order, and a table it read, written
/// again by the RFC 4180 quoting of the exports, reads back to the same fields.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    var lines = 1
    for (index, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && bytes.dropFirst(index + 1).first != 0x0A) {
        lines += 1
    }
    switch CSVReader.read(bytes) {
    case .failure(.unclosedQuote(let line)), .failure(.textAfterQuote(let line)), .failure(.notText(let line, _)),
         .failure(.convertedTwice(let line)):
        if !(1...lines).contains(line) { fatalError("a problem on line \(line) of a \(lines)-line file") }
    case .failure(.empty), .failure(.utf16):
        break
    case .success(let table):
        var previous = 1
        for row in table.rows {
            if row.line <= previous || row.line > lines { fatalError("row on line \(row.line) after \(previous), of \(lines) lines") }
            previous = row.line
        }
        // With a byte-order mark, as the Excel dialect writes, so a field's own U+FEFF at the start stays text.
        let text = "\u{FEFF}" + ([table.header] + table.rows.map(\.fields))
            .map { $0.map { CSV.field($0, delimiter: table.delimiter) }.joined(separator: String(table.delimiter)) + "\r\n" }.joined()
        guard case .success(let again) = CSVReader.read(Array(text.utf8), delimiter: table.delimiter) else {
            fatalError("a table written again cannot be read: \(text.debugDescription)")
        }
        if again.header != table.header || again.rows.map(\.fields) != table.rows.map(\.fields) {
            fatalError("a table written again reads differently: \(text.debugDescription)")
        }
    }
    return 0
}
