/// What a release build records of where it came from. `make dist` builds from a copy of the committed sources
/// and writes the commit into that copy of this file; a build from a work tree has none.
enum Build {
    /// The commit the binary was built from, abbreviated; nil for a build from a work tree.
    static let commit: String? = nil
}
