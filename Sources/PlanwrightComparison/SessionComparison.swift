import PlanwrightModel
import PlanwrightPlanning

/// A training session that moved, appeared or disappeared between two versions.
public struct SessionChange: Sendable, Codable, Equatable {
    /// The session's id in the new version, or in the old one when it is gone.
    public var session: String
    /// Its id in the old version, when its group was renumbered.
    public var oldSession: String?
    /// nil where the version has no date for it (a new session, or one no longer placed).
    public var old: SchoolDate?
    public var new: SchoolDate?
    /// Why it moved, where that can be read from the two versions.
    public var cause: SessionMoveCause?
}

public struct SessionMoveCause: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        /// The new calendar closes the old day, or another day of the training window, which
        /// moves the sessions placed before it (`span`).
        case closureAdded = "closure_added"
        /// The old day is in a testing window of the new calendar (`span`).
        case testing
        /// The days training may use changed (`span` the new window, `oldSpan` the old).
        case window
        /// Due before the new version's as-of date and not recorded as held, so re-placed from it.
        case late
    }

    public var kind: Kind
    public var span: MoveCause.Span?
    public var oldSpan: MoveCause.Span?
}

/// One school's training groups that appeared or disappeared, and its sessions that moved.
struct SchoolSessionChanges {
    var newGroups: [String] = []
    var droppedGroups: [String] = []
    var sessions: [SessionChange] = []
}

/// Compares the training groups and their sessions of two versions, school by school (a pooled
/// group under each of its schools). A new group is compared with its counterpart, the old group
/// of its track it shares the most members with, so a renumbered group's sessions are the same
/// sessions; the sessions of a group that appeared or disappeared are told by the group alone.
struct SessionComparison {
    let old: ImprovementPlan
    let new: ImprovementPlan
    /// New group id to its old counterpart's id.
    let counterparts: [String: String]

    func compare() -> [String: SchoolSessionChanges] {
        var result: [String: SchoolSessionChanges] = [:]
        let oldSessions = Dictionary(old.training.sessions.map { ($0.id, $0.date) }, uniquingKeysWith: { a, _ in a })
        let newSessions = Dictionary(grouping: new.training.sessions, by: \.group)
        let lateNow = Set(new.progress.sessions.lazy.filter { $0.state == .late }.map(\.session))
        let trackSessions = Dictionary(new.training.tracks.map { ($0.id, $0.sessions) }, uniquingKeysWith: { a, _ in a })
        let oldTrackSessions = Dictionary(old.training.tracks.map { ($0.id, $0.sessions) }, uniquingKeysWith: { a, _ in a })
        let oldTrack = Dictionary(old.training.groups.map { ($0.id, $0.track) }, uniquingKeysWith: { a, _ in a })
        let causes = Causes(old: old, new: new)
        let matched = Set(counterparts.values)
        for group in new.training.groups {
            guard let was = counterparts[group.id] else {
                for school in group.schools { result[school, default: .init()].newGroups.append(group.id) }
                continue
            }
            let dated = Dictionary((newSessions[group.id] ?? []).map { ($0.number, $0.date) }, uniquingKeysWith: { a, _ in a })
            let count = max(trackSessions[group.track] ?? 0, oldTrackSessions[oldTrack[was] ?? ""] ?? 0)
            guard count > 0 else { continue }
            for number in 1...count {
                let id = TrainingSession.id(group: group.id, number: number), oldID = TrainingSession.id(group: was, number: number)
                let before = oldSessions[oldID], after = dated[number]
                guard before != after else { continue }
                let cause = before.flatMap { causes.of(moving: $0, late: lateNow.contains(id), programme: group.programme) }
                // A late session is late whether or not a day was left for it; other causes explain a new day.
                let change = SessionChange(session: id, oldSession: oldID == id ? nil : oldID, old: before, new: after,
                                           cause: after == nil && cause?.kind != .late ? nil : cause)
                for school in group.schools { result[school, default: .init()].sessions.append(change) }
            }
        }
        for group in old.training.groups where !matched.contains(group.id) {
            for school in group.schools { result[school, default: .init()].droppedGroups.append(group.id) }
        }
        return result
    }

    /// What the two versions say about why a session left a day.
    private struct Causes {
        let added: [PlannedCalendar.Span]
        let testing: [PlannedCalendar.Span]
        /// Each programme's window, by the id of the rollout it prepares for.
        let oldWindows: [String: TrainingWindow]
        let newWindows: [String: TrainingWindow]

        init(old: ImprovementPlan, new: ImprovementPlan) {
            let before = Set(old.calendar.closures), beforeTesting = Set(old.calendar.testingWindows)
            added = new.calendar.closures.filter { !before.contains($0) }
            testing = new.calendar.testingWindows.filter { !beforeTesting.contains($0) }
            let windows = { (plan: ImprovementPlan) in Dictionary(plan.training.programmes.map { ($0.id, $0.window) }, uniquingKeysWith: { a, _ in a }) }
            (oldWindows, newWindows) = (windows(old), windows(new))
        }

        func of(moving day: SchoolDate, late: Bool, programme: String) -> SessionMoveCause? {
            let span = { (s: PlannedCalendar.Span) in MoveCause.Span(name: s.name, from: s.from, to: s.to) }
            if let closure = added.first(where: { $0.from <= day && day <= $0.to }) { return SessionMoveCause(kind: .closureAdded, span: span(closure)) }
            if let window = testing.first(where: { $0.from <= day && day <= $0.to }) { return SessionMoveCause(kind: .testing, span: span(window)) }
            if late { return SessionMoveCause(kind: .late) }
            guard let oldWindow = oldWindows[programme], let newWindow = newWindows[programme] else { return nil }
            // Sessions go in the last days before the rollout: a closed day among them moves the ones before it.
            if let closure = added.first(where: { $0.from <= newWindow.to && oldWindow.from <= $0.to }) {
                return SessionMoveCause(kind: .closureAdded, span: span(closure))
            }
            if (oldWindow.from, oldWindow.to) != (newWindow.from, newWindow.to) {
                return SessionMoveCause(kind: .window, span: MoveCause.Span(name: newWindow.reason.inEnglish, from: newWindow.from, to: newWindow.to),
                                        oldSpan: MoveCause.Span(name: oldWindow.reason.inEnglish, from: oldWindow.from, to: oldWindow.to))
            }
            return nil
        }
    }
}
