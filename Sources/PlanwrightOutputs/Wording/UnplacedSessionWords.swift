import PlanwrightDocument
import PlanwrightPlanning

/// Why a training session found no day, as `status` and plan.json say it: "only 2 training days
/// fit a 180-minute session between 2026-09-08 and 2026-11-13" (`UnplacedSession.reasonPhrase`,
/// which the checks' warnings carry too).
enum UnplacedSessionWords {
    static func reason(_ session: UnplacedSession, _ w: Wording) -> String { w.say(session.reasonPhrase) }
}
