/// Names by id for exports that show people and schools by name. An id without a name shows
/// as itself, so a row or event is never silently blank.
struct ExportNames {
    private var names: [String: String] = [:]

    /// Every member of staff, for exports that name many of them.
    static func staff(_ plan: ImprovementPlan) -> ExportNames {
        var lookup = ExportNames()
        for person in plan.staff { lookup.add(person.id, person.name) }
        return lookup
    }

    /// Only the few people one school's calendar names (its groups' facilitators). A school's
    /// calendar is made once per school, so hashing a state's 100,000 staff each time would
    /// make the exports quadratic; comparing a handful of short ids is cheap, and the scan
    /// stops once all are found.
    static func staff(_ plan: ImprovementPlan, only wanted: [String]) -> ExportNames {
        var lookup = ExportNames()
        var missing: [String] = []
        for id in wanted where !missing.contains(id) { missing.append(id) }
        for person in plan.staff {
            if missing.isEmpty { break }
            guard let index = missing.firstIndex(of: person.id) else { continue }
            lookup.add(person.id, person.name)
            missing.remove(at: index)
        }
        return lookup
    }

    static func schools(_ plan: ImprovementPlan) -> ExportNames {
        var lookup = ExportNames()
        for school in plan.schools { lookup.add(school.id, school.name) }
        return lookup
    }

    subscript(id: String) -> String { names[id] ?? id }

    /// The first entry wins, as elsewhere in rendering, should an id ever repeat.
    private mutating func add(_ id: String, _ name: String) {
        if names[id] == nil { names[id] = name }
    }
}
