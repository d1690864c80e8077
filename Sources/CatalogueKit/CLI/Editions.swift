import Foundation
import CatalogueModel
import CatalogueStorage
import CatalogueValidation
import CatalogueExport

/// What `edition`, `changes` and `export --since` share: the git repository that keeps the
/// editions, the earlier version a comparison starts from, and the changes since it.
extension Command {
    /// The git repository holding the catalogue, or nil after saying it lies in none.
    static func repository(_ location: CatalogueLocation, _ console: inout Console) -> GitRepository? {
        guard let git = GitRepository.containing(location.root) else {
            _ = console.fail(.notInGit(place: location.displayPrefix))
            return nil
        }
        return git
    }

    /// The earlier version `--since` names: an edition's tag or label, a commit, a tag or a branch;
    /// without it the latest edition. Its commit, and the name a reader knows it by (the edition's
    /// label, else the revision as typed); nil after saying why there is none. Without `--since`,
    /// an edition labelled `excluding` (the one being sent) does not count.
    static func earlierVersion(_ given: String?, excluding: String? = nil, in git: GitRepository,
                               _ console: inout Console) -> (commit: String, label: String)? {
        guard let tags = gitAnswer(git.editionTags(), "git for-each-ref", &console) else { return nil }
        guard let given else {
            guard let latest = tags.last(where: { $0.label != excluding }), let commit = git.commit("refs/tags/" + latest.tag) else {
                _ = console.fail(.noEditionToCompare)
                return nil
            }
            return (commit, latest.label)
        }
        // An edition named by its tag or by its label ("2026, 2. udgave").
        if let tag = tags.first(where: { $0.tag == given || $0.tag == EditionTag.name(for: given) }),
           let commit = git.commit("refs/tags/" + tag.tag) {
            return (commit, tag.label)
        }
        guard let commit = git.commit(given) else {
            _ = console.fail(.unknownRevision(given))
            return nil
        }
        return (commit, given)
    }

    /// The changes from the version `--since` names to the catalogue as loaded now (uncommitted
    /// edits included); nil after saying why they cannot be had.
    static func changesSince(_ given: String?, excluding: String? = nil, _ loaded: LoadedCatalogue, _ location: CatalogueLocation,
                             _ console: inout Console) -> EditionChanges.Since? {
        guard let git = repository(location, &console),
              let (commit, label) = earlierVersion(given, excluding: excluding, in: git, &console) else { return nil }
        guard let earlier = gitAnswer(git.catalogue(at: commit), "git cat-file", &console) else { return nil }
        let errors = earlier.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { console.note(.earlierHasErrors(revision: label, errors: errors)) }
        return EditionChanges.Since(EditionChanges.between(earlier.catalogue, loaded.catalogue), label: label)
    }
}

extension Value {
    /// `--since REF`: the earlier version a comparison starts from.
    static let since = Value("--since", "REF",
                             help: "The earlier version to compare with: an edition (its label or tag), a commit, a tag or a branch (default: the latest edition).")
}
