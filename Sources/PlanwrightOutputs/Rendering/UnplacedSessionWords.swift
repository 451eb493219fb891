import PlanwrightDocument
import PlanwrightPlanning

/// Why a training session found no day, as `status` and plan.json say it: "only 2 training days
/// fit a 180-minute session between 2026-09-08 and 2026-11-13". Dates stay as the plan file
/// writes them, since the leader fixes this in the plan file.
enum UnplacedSessionWords {
    static func reason(_ session: UnplacedSession, _ w: Wording) -> String {
        let window = session.window
        guard let search = session.search else {
            return session.cause == .noDayInWindow
                ? w(.unplacedReasonNoDay, ["why": TrainingWindowWords.reason(window.reason, w)])
                : w(.unplacedReasonNoSchoolDay, ["from": window.from.description, "to": window.to.description])
        }
        if session.cause == .windowEnded { return w(.unplacedReasonWindowEnded, ["to": window.to.description, "from": search.from.description]) }
        let span = ["minutes": w.number(search.minutes), "from": search.from.description, "to": window.to.description,
                    "after": search.afterHeld ? w(.unplacedReasonAfterHeld) : ""]
        guard let clash = search.clash else { return w.count(.unplacedReasonTooFewDays, search.fittingDays, span) }
        let who = w(clash.facilitating ? .unplacedReasonClashFacilitates : .unplacedReasonClashIsIn,
                    ["name": clash.name, "session": clash.session, "date": clash.date.description])
        return w.count(.unplacedReasonClash, search.freeDays, ["days": w.count(.unplacedReasonFittingDays, search.fittingDays, span), "who": who])
    }
}
