/// Names by id for exports that show people and schools by name. An id without a name shows
/// as itself, so a row or event is never silently blank.
struct ExportNames {
    private var names: [String: String] = [:]

    /// Staff names; `only` limits the table to the ids an export needs, so one school's
    /// calendar does not hash every name of a state-sized staff list.
    static func staff(_ plan: ImprovementPlan, only wanted: Set<String>? = nil) -> ExportNames {
        var lookup = ExportNames()
        for person in plan.staff where wanted?.contains(person.id) ?? true {
            lookup.add(person.id, person.name)
        }
        return lookup
    }

    static func schools(_ plan: ImprovementPlan, only wanted: Set<String>? = nil) -> ExportNames {
        var lookup = ExportNames()
        for school in plan.schools where wanted?.contains(school.id) ?? true {
            lookup.add(school.id, school.name)
        }
        return lookup
    }

    subscript(id: String) -> String { names[id] ?? id }

    /// The first entry wins, as elsewhere in rendering, should an id ever repeat.
    private mutating func add(_ id: String, _ name: String) {
        if names[id] == nil { names[id] = name }
    }
}
