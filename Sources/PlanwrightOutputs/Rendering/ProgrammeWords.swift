import PlanwrightDocument
import PlanwrightPlanning

/// A training programme as pages, the terminal, calendars and CSV name it: its rollout's title,
/// and whom it trains when that is not everyone ("Canvas goes live, grades 6–12").
enum ProgrammeWords {
    /// Its milestone's title; the district-wide programme, which has none, is "Staff training".
    static func title(_ programme: TrainingProgramme, _ w: Wording) -> String {
        programme.isDistrictWide ? w(.programmeDistrictTitle) : programme.title
    }

    /// "grades 6–12, at Westbrook Middle School"; empty for everyone.
    static func audience(_ programme: TrainingProgramme, _ w: Wording) -> String {
        ScopeWords.whom(programme.scope, schoolName: { programme.schoolNames[$0] ?? $0 }, w)
    }

    /// What it prepares for, as groups and sessions name it.
    static func name(_ programme: TrainingProgramme, _ w: Wording) -> String {
        let audience = audience(programme, w)
        return audience.isEmpty ? title(programme, w) : w(.programmeNameWithAudience, ["title": title(programme, w), "audience": audience])
    }
}
