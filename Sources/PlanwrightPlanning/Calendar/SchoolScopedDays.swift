import PlanwrightModel

/// The days closures and testing windows written for some schools or grades take from those
/// schools only: the high schools' Regents week holds no training for high-school staff and no
/// rollout there, while the elementary schools train as usual. The district's calendar (its
/// school days, what work is counted in) is left as it is.
public struct SchoolScopedDays: Sendable {
    /// A scoped closure or testing window with the schools it reaches (`Scope.includes`: named,
    /// or teaching one of its grades).
    private struct Reach: Sendable {
        var span: DateSpan
        var schools: [School]
        var ids: Set<String>
    }

    private let closed: [Reach]
    private let testing: [Reach]
    private let earlyRelease: [Reach]
    private let pdDays: [Reach]

    init(year: SchoolYear, schools: [School]) {
        func reach(_ spans: [DateSpan]) -> [Reach] {
            spans.compactMap { span in
                guard let scope = span.scope else { return nil }
                let reached = schools.filter { scope.includes(school: $0.id, grades: $0.grades) }
                return Reach(span: span, schools: reached, ids: Set(reached.map(\.id)))
            }
        }
        closed = reach(year.closed)
        testing = reach(year.testing)
        earlyRelease = reach(year.schoolEarlyRelease)
        pdDays = reach(year.pdDays)
    }

    /// PD days for some schools that every one of `schools` has (see `earlyReleaseDays`).
    public func pdDays(at schools: [String]) -> [SchoolDate] { days(pdDays, at: schools) }

    /// Early-release days for some schools that every one of `schools` has: a group drawn from
    /// an elementary and a high school cannot meet on the elementary schools' afternoon.
    public func earlyReleaseDays(at schools: [String]) -> [SchoolDate] { days(earlyRelease, at: schools) }

    private func days(_ reaches: [Reach], at schools: [String]) -> [SchoolDate] {
        guard !schools.isEmpty else { return [] }
        var days = Set<SchoolDate>()
        for reach in reaches where schools.allSatisfy(reach.ids.contains) {
            for day in reach.span.from.dayNumber...reach.span.to.dayNumber { days.insert(SchoolDate(dayNumber: day)) }
        }
        return days.sorted()
    }

    /// The scoped closure or testing window that takes `date` from one of `schools`, if any.
    public func taken(_ date: SchoolDate, at schools: [String]) -> DateSpan? {
        guard !closed.isEmpty || !testing.isEmpty else { return nil }
        return (closed + testing).first { $0.span.contains(date) && schools.contains(where: $0.ids.contains) }?.span
    }

    /// The scoped testing window around `date` at a school work for `scope` reaches: a rollout
    /// there waits it out, while work for other schools goes ahead.
    public func testingWindow(containing date: SchoolDate, for scope: Scope) -> DateSpan? { first(testing, containing: date, for: scope) }

    /// The scoped closure around `date` at a school work for `scope` reaches: a rollout does not start on it.
    public func closure(containing date: SchoolDate, for scope: Scope) -> DateSpan? { first(closed, containing: date, for: scope) }

    private func first(_ reaches: [Reach], containing date: SchoolDate, for scope: Scope) -> DateSpan? {
        reaches.first { reach in
            reach.span.contains(date) && reach.schools.contains { scope.includes(school: $0.id, grades: $0.grades) }
        }?.span
    }
}
