import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueExport

extension Command {
    /// Writes rendered files into an output folder all or nothing, as `export`, `review start` and
    /// `edition send` do, and says each file written; false after saying why nothing was.
    /// The files a killed run left are removed first; then every file is written under a
    /// temporary name as it is rendered, and all are renamed only when all are complete, so
    /// the folder never mixes two editions and no file's whole text is held in memory.
    /// One run at a time into a folder, and a change a killed one left half-made there is completed first.
    static func writeOutputs(_ renderings: [Rendering], into outputFolder: URL, shownAs shownFolder: String, _ location: CatalogueLocation,
                             _ context: RunContext, _ console: inout Console) -> Bool {
        guard let outputLock = lockOutputFolder(outputFolder, shownAs: shownFolder + "/", context, &console) else { return false }
        defer { outputLock.release() }
        let leftovers = ChangePlan.removeLeftovers(in: outputFolder, keepingLiveWriters: true)
        var staged: FileTransaction
        do throws(ApplyError) {
            staged = try FileTransaction.streaming(renderings.flatMap(\.names), in: outputFolder)
        } catch {
            _ = console.fail(.cannotApply(error, prefix: shownFolder + "/"))
            return false
        }
        // The renderings are independent: each is rendered on a core of its own, into its own files.
        let descriptors = staged.descriptors
        var firstDescriptor: [Int] = [], stagedCount = 0
        for rendering in renderings {
            firstDescriptor.append(stagedCount)
            stagedCount += rendering.names.count
        }
        let results = Parallel.map(Array(zip(renderings, firstDescriptor)), threads: Parallel.threads(context.environment)) { rendering, first in
            rendering.write(to: Array(descriptors[first..<(first + rendering.names.count)]), threads: Parallel.threads(context.environment))
        }
        console.report(results.flatMap(\.warnings), pathPrefix: location.displayPrefix)
        for leftover in leftovers {
            console.note(.removedLeftover(path: "\(shownFolder)/\(leftover)"))
        }
        if let (index, failure) = results.enumerated().lazy.compactMap({ index, result in result.failure.map { (index, $0) } }).first {
            staged.discard()
            _ = console.fail(.cannotApply(.writing(renderings[index].names[0], failure.code), prefix: shownFolder + "/"))
            return false
        }
        do throws(ApplyError) {
            try staged.commit()
        } catch {
            _ = console.fail(.cannotApply(error, prefix: shownFolder + "/"))
            return false
        }
        for (rendering, result) in zip(renderings, results) {
            for (name, size) in zip(rendering.names, result.sizes) {
                console.say(.wrote(path: "\(shownFolder)/\(name)", size: size.formatted(.byteCount(style: .file))))
            }
        }
        return true
    }

    /// The output folder `--out` names (default `fallback`) and how to show it, or nil after a
    /// usage error (empty) or a refusal (inside the catalogue, which it would make invalid).
    static func outputFolder(_ call: Invocation, default fallback: String, _ location: CatalogueLocation,
                             _ console: inout Console) -> (folder: URL, shown: String)? {
        let given = call.arguments.value(.out) ?? fallback
        if given.isEmpty {
            _ = call.usageError(UsageError(.outNeedsFolder), &console)
            return nil
        }
        let folder = call.context.resolve(given)
        // Files written into the catalogue would make it invalid (an unknown folder).
        if realPath(folder).pathComponents.starts(with: realPath(location.root).pathComponents) {
            _ = console.fail(.outputInsideCatalogue(folder: given, catalogue: location.displayPrefix.isEmpty ? nil : location.displayPrefix))
            return nil
        }
        return (folder, given)
    }
}
