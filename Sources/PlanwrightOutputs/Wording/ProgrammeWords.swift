import PlanwrightDocument
import PlanwrightPlanning

/// A training programme as pages, the terminal, calendars and CSV name it: its rollout's title,
/// and whom it trains when that is not everyone ("Canvas goes live, grades 6–12"). The phrases
/// are the planner's (`TrainingProgramme.namePhrase`), which the checks' warnings carry too.
enum ProgrammeWords {
    /// Its milestone's title; the district-wide programme, which has none, is "Staff training".
    static func title(_ programme: TrainingProgramme, _ w: Wording) -> String { w.say(programme.titlePhrase) }

    /// "grades 6–12, at Westbrook Middle School"; empty for everyone.
    static func audience(_ programme: TrainingProgramme, _ w: Wording) -> String { programme.audiencePhrase.map(w.say) ?? "" }

    /// What it prepares for, as groups and sessions name it.
    static func name(_ programme: TrainingProgramme, _ w: Wording) -> String { w.say(programme.namePhrase) }
}
