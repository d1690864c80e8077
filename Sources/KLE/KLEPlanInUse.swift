/// The plan a run checks against and shows titles from, with what changed in it since the previous version and the
/// words its topics are found by: the shipped OS2KLE 3.23, or a newer file given with `--kle-plan`.
public struct KLEPlanInUse: Sendable {
    /// The topics, groups and main groups with their titles.
    public let plan: KLEPlan
    /// What changed from the previous version (a `change.json` beside the plan file); none when there is none.
    /// The shipped plan's are read on first use: only checking numbers needs them, not showing titles or searching.
    public var changes: KLEChanges { ownChanges ?? .shipped }
    private let ownChanges: KLEChanges?
    /// How messages name the plan: "OS2KLE 3.23", or the file's name when its version is unknown.
    public let name: String
    /// The words of the plan's topics (see `KLEWordIndex`): the shipped plan's are built on first use, another
    /// plan's with it.
    public var words: KLEWordIndex { ownWords ?? .shipped }
    private let ownWords: KLEWordIndex?

    /// The version of the plan the tool ships.
    static let shippedVersion = "3.23"

    /// The plan the tool ships: OS2KLE 3.23 with its changes from 3.22.
    public static let shipped = KLEPlanInUse(shippedPlan: ())

    /// A plan with its changes, named `name` in messages.
    public init(plan: KLEPlan, changes: KLEChanges, name: String) {
        self.plan = plan
        ownChanges = changes
        self.name = name
        ownWords = KLEWordIndex(plan: plan)
    }

    private init(shippedPlan: Void) {
        plan = .shipped
        ownChanges = nil
        // The version the shipped change.json leads to; a test checks that it says so.
        name = "OS2KLE " + KLEPlanInUse.shippedVersion
        ownWords = nil
    }

    /// The number of a catalogue's KLE value with the plan's title: `09.13.01 Rottebekæmpelse`,
    /// `24.10.07-G20 Udlejning af lokaler` (a facet takes its base number's title); the value alone when the plan
    /// lacks it or it is no KLE number.
    public func label(_ value: String) -> String {
        guard let title = title(value) else { return value }
        return value + " " + title
    }

    /// The plan's title of a catalogue's KLE value (its base number's, for a facet), or nil.
    public func title(_ value: String) -> String? {
        KLEReference(value).flatMap { plan.entry(for: $0) }?.title
    }
}
