/// The staff and schools of an `ImprovementPlan`, looked up by id: the one lookup handouts,
/// exports, the terminal report and the comparison of two versions all use.
///
/// Build it once per plan and pass it on: it hashes every member of staff, and a state's plan
/// has 100,000 of them and 2,000 schools whose files are made from it.
public struct PlannedPeople: Sendable {
    private let staff: [String: PlannedPerson]
    private let schools: [String: PlannedSchool]

    /// The first entry wins should an id ever repeat (the validator makes them unique).
    public init(_ plan: ImprovementPlan) {
        staff = Dictionary(plan.staff.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        schools = Dictionary(plan.schools.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func person(_ id: String) -> PlannedPerson? { staff[id] }

    public func school(_ id: String) -> PlannedSchool? { schools[id] }

    /// A person's name. An id without a person shows as itself, so a row or an event is never
    /// silently blank.
    public func name(_ id: String) -> String { staff[id]?.name ?? id }

    /// A school's name, or the id where the plan has no such school.
    public func schoolName(_ id: String) -> String { schools[id]?.name ?? id }
}
