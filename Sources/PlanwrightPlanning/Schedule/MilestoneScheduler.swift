import PlanwrightDocument
import PlanwrightModel

/// Dates every milestone by the as-soon-as-possible rule of project schedulers
/// (TaskJuggler's `length` with `depends` gives the same dates):
///
/// - a milestone of `days: n` occupies n school days;
/// - it starts on the first school day after all its `after` milestones have ended,
///   and not before its `not_before`; `on` pins its start;
/// - rollouts and training never start inside a testing window at a school they reach;
/// - a finished milestone ends on its `done_on`.
///
/// Re-planned from an as-of date, unfinished work cannot be earlier than that date: work not
/// yet started starts on it at the soonest, and work in progress ends on it at the soonest.
struct MilestoneScheduler {
    let calendar: SchoolCalendar
    /// The first school day unfinished work can use (0: the first day of school).
    var asOf: Int = 0

    struct Slot {
        var start: Int
        var end: Int
        /// What decided the start: recorded on the `ScheduledMilestone` for `diff`, and read here
        /// to explain a `due` that cannot be met.
        var constraint: StartConstraint
        /// The as-of date, when work in progress was made to end on it.
        var endsOnAsOf: SchoolDate?
    }

    /// A date the plan asks for that the schedule cannot keep.
    struct Problem {
        enum Kind { case missedDue, pinAfterDependency }
        var milestone: String
        var kind: Kind
        var message: Message
        var location: SourceLocation
    }

    struct Result {
        var slots: [String: Slot]
        var order: [String]
        var problems: [Problem]
    }

    func schedule(_ items: [WorkItem]) -> Result {
        let index = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var slots: [String: Slot] = [:]
        slots.reserveCapacity(items.count)
        var problems: [Problem] = []
        let order = topologicalOrder(items, index: index)
        for position in order {
            let item = items[position]
            var start = 0
            var constraint = StartConstraint.startOfYear
            for dependency in item.after {
                guard let slot = slots[dependency], slot.end + 1 > start else { continue }
                (start, constraint) = (slot.end + 1, .predecessor(dependency))
            }
            if let notBefore = item.notBefore, calendar.index(onOrAfter: notBefore) > start {
                (start, constraint) = (calendar.index(onOrAfter: notBefore), slid(.notBefore(notBefore), from: notBefore))
            }
            if let pinned = item.on {
                let pinnedIndex = calendar.index(onOrAfter: pinned)
                if pinnedIndex < start, case let .predecessor(dependency) = constraint, let slot = slots[dependency] {
                    problems.append(Problem(milestone: item.id, kind: .pinAfterDependency, message: Message("plan_pin_after_dependency", [
                        "milestone": .text(item.id), "pinned": .text("\(pinned)"), "dependency": .text(dependency), "end": .text("\(calendar.date(at: slot.end))"),
                    ]), location: item.location))
                }
                (start, constraint) = (pinnedIndex, slid(.pinned(pinned), from: pinned))
            }
            if item.status == .planned || item.status == .blocked, start < asOf {
                (start, constraint) = (asOf, .asOf(calendar.date(at: asOf)))
            }
            if item.on == nil || constraint.asOfDate != nil, item.kind == .rollout || item.kind == .training {
                // A window or closure for some schools holds back only work that reaches one of them.
                while true {
                    let day = calendar.date(at: start)
                    if let window = calendar.testingWindow(containing: day) ?? calendar.schoolDays.testingWindow(containing: day, for: item.scope) {
                        (start, constraint) = (calendar.index(onOrAfter: window.to.adding(days: 1)), .testingWindow(window.name, after: constraint))
                    } else if let closure = calendar.schoolDays.closure(containing: day, for: item.scope) {
                        (start, constraint) = (calendar.index(onOrAfter: closure.to.adding(days: 1)), .closure(closure.closureName, after: constraint))
                    } else {
                        break
                    }
                }
            }
            var end = start + item.days - 1
            var endsOnAsOf: SchoolDate?
            if item.status == .inProgress, end < asOf { (end, endsOnAsOf) = (asOf, calendar.date(at: asOf)) }
            if item.status == .done, let doneOn = item.doneOn {
                end = calendar.index(onOrAfter: doneOn.adding(days: 1)) - 1
                start = max(0, end - item.days + 1)
                constraint = .finished(doneOn)
            }
            slots[item.id] = Slot(start: start, end: end, constraint: constraint, endsOnAsOf: endsOnAsOf)
        }
        for item in items {
            if let message = missedDue(item, slots: slots) {
                problems.append(Problem(milestone: item.id, kind: .missedDue, message: message, location: item.due!.location))
            }
        }
        return Result(slots: slots, order: order.map { items[$0].id }, problems: problems)
    }

    /// `constraint`, or the closure it fell in when the date it asks for is a closed day (a
    /// weekend is no closure: it is not in the calendar's list).
    private func slid(_ constraint: StartConstraint, from date: SchoolDate) -> StartConstraint {
        calendar.closureSpan(on: date).map { .closure($0.closureName, after: constraint) } ?? constraint
    }

    /// Kahn's algorithm in file order, so equal inputs give equal outputs.
    /// Cycles were rejected by the validator; anything left over is appended as is.
    private func topologicalOrder(_ items: [WorkItem], index: [String: Int]) -> [Int] {
        var waiting = [Int](repeating: 0, count: items.count)
        var dependents = [[Int]](repeating: [], count: items.count)
        for (position, item) in items.enumerated() {
            // A dependency written twice counts twice here and is released twice below: still consistent.
            for dependency in item.after {
                guard let d = index[dependency] else { continue }
                waiting[position] += 1
                dependents[d].append(position)
            }
        }
        var ready = items.indices.filter { waiting[$0] == 0 }.reversed() as [Int]
        var order: [Int] = []
        order.reserveCapacity(items.count)
        while let next = ready.popLast() {
            order.append(next)
            for dependent in dependents[next].reversed() {
                waiting[dependent] -= 1
                if waiting[dependent] == 0 { ready.append(dependent) }
            }
        }
        if order.count < items.count {
            let done = Set(order)
            order += items.indices.filter { !done.contains($0) }
        }
        return order
    }

    /// "milestone 'lms-gate' must end by 2026-12-11 but cannot end before 2027-01-08: lms-config ... → lms-gate ..."
    private func missedDue(_ item: WorkItem, slots: [String: Slot]) -> Message? {
        guard let due = item.due, let slot = slots[item.id] else { return nil }
        let end = calendar.date(at: slot.end)
        guard end > due.value else { return nil }
        var chain: [Message] = []
        var current: String? = item.id
        var origin: Message?
        var seen = Set<String>()
        while let id = current, seen.insert(id).inserted, let s = slots[id] {
            chain.append(Message("plan_chain_link", count: s.end - s.start + 1, [
                "id": .text(id), "start": .text("\(calendar.date(at: s.start))"), "end": .text("\(calendar.date(at: s.end))"),
            ]))
            current = nil
            if let date = s.endsOnAsOf {
                origin = Message("plan_chain_not_finished", ["id": .text(id), "date": .text("\(date)")])
                continue
            }
            switch s.constraint.wherePlaced {
            case let .predecessor(dependency): current = dependency
            case let .notBefore(date): origin = Message("plan_chain_not_before", ["id": .text(id), "date": .text("\(date)")])
            case let .pinned(date): origin = Message("plan_chain_pinned", ["id": .text(id), "date": .text("\(date)")])
            case let .testingWindow(name, _): origin = Message("plan_chain_testing_window", ["id": .text(id), "name": name.map { .text($0) } ?? .message(Message("plan_chain_testing_unnamed"))])
            case let .finished(date): origin = Message("plan_chain_finished", ["id": .text(id), "date": .text("\(date)")])
            case let .asOf(date): origin = Message("plan_chain_not_finished", ["id": .text(id), "date": .text("\(date)")])
            case .startOfYear, .closure: break
            }
        }
        // The chain from its first link, each link joined to what it pushes.
        let links = chain.reversed().dropFirst().reduce(chain.last!) { Message("plan_chain_step", ["before": .message($0), "after": .message($1)]) }
        var values: [String: Message.Value] = ["milestone": .text(item.id), "due": .text("\(due.value)"), "end": .text("\(end)"), "chain": .message(links)]
        guard let origin else { return Message("plan_due_missed", values) }
        values["origin"] = .message(origin)
        return Message("plan_due_missed_because", values)
    }
}

extension StartConstraint {
    /// The constraint without the closure it slid past: the date the plan asked for is what a
    /// message about a missed `due` names.
    fileprivate var wherePlaced: StartConstraint {
        if case let .closure(_, after: asked) = self { asked } else { self }
    }
}

extension MilestoneScheduler.Result {
    /// The problems as errors: a date the plan itself asks for that cannot be kept.
    var diagnostics: [Diagnostic] { problems.map { .error($0.message, at: $0.location) } }
}
