import PlanwrightPlanning

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
    /// calendar is made once per school, so hashing a state's 100,000 staff every time would
    /// make the exports quadratic.
    static func staff(_ plan: ImprovementPlan, only wanted: [String]) -> ExportNames {
        var lookup = ExportNames()
        for id in wanted where lookup.names[id] == nil {
            if let name = name(of: id, in: plan.staff) { lookup.add(id, name) }
        }
        return lookup
    }

    /// Only the schools an export names, found in one pass over the schools.
    static func schools(_ plan: ImprovementPlan, only wanted: Set<String>) -> ExportNames {
        var lookup = ExportNames()
        for school in plan.schools where wanted.contains(school.id) { lookup.add(school.id, school.name) }
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

    /// One person's name without hashing the whole list. Plans usually list staff in id order,
    /// so a binary search finds most people at once; in any other order it may miss, and a scan
    /// finds them. The validator makes ids unique, so whatever the search hits is the person.
    private static func name(of id: String, in staff: [PlannedPerson]) -> String? {
        var low = 0, high = staff.count
        while low < high {
            let middle = (low + high) / 2
            if staff[middle].id == id { return staff[middle].name }
            if staff[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return staff.first { $0.id == id }?.name
    }
}
