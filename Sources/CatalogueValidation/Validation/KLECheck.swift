import CatalogueModel
import KLE

/// The KLE numbers of the catalogue against the plan in use: a number the plan does not have, one under a group or
/// main group it does not have, one it retired, and one whose title it changed in more than spelling. A facet
/// (`-G01`) is checked by its base number, since the plan does not list facets.
enum KLECheck {
    /// The problem with one value of a task's "kle" at `key`, with its notes, or nil when the plan has the number
    /// (or the value is no KLE number, which the shape check reports).
    static func problem(_ value: String, key: String, in kle: KLEPlanInUse) -> (Problem, [Note])? {
        guard let reference = KLEReference(value) else { return nil }
        let number = reference.number, plan = kle.plan, base = number.description
        let change = kle.changes.change(for: number)
        if plan.contains(number) {
            guard let change, let old = change.previousTitle, let new = change.newTitle,
                  KLEWords.words(old) != KLEWords.words(new) else { return nil }
            return (.renamedKLE(key: key, value: value, base: base, old: old, new: new, version: kle.changes.version ?? "?"), [])
        }
        let nearest = [Note(.nearestKLE(plan.closest(to: number).map { KLETitle(number: $0.number.description, title: $0.title) }))]
        // A retired number's neighbours are no successor: the note to `kle suggest` is what helps.
        if let change, change.isRetired {
            return (.retiredKLE(key: key, value: value, base: base, version: kle.changes.version ?? "?"), [])
        }
        // The highest heading above the number that the plan lacks: a main group before a group.
        var missing: KLENumber?
        var heading = number.parent
        while let above = heading {
            if !plan.contains(above) { missing = above }
            heading = above.parent
        }
        if let missing {
            return (.unknownKLEHeading(key: key, value: value, heading: missing.description, plan: kle.name),
                    plan.contains(missing.mainGroupNumber) ? nearest : [])
        }
        return (.unknownKLE(key: key, value: value, base: base, plan: kle.name), nearest)
    }
}
