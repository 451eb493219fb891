@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

// The planned result carries facts; tests that check how a fact reads word it as the outputs do.

extension MilestoneProgress {
    /// The sentence `status` and the handouts give it.
    func words(in plan: ImprovementPlan) -> String { ProgressReasonWords.sentence(self, dates: PeopleDates(plan), .english) }
}

extension MeasureProgress {
    /// The summary `status` and the handouts give it, judged on `asOf` in the school year `start`–`end`.
    func words(asOf: SchoolDate, start: SchoolDate, end: SchoolDate) -> String {
        MeasureSummaryWords.summary(self, asOf: asOf, dates: PeopleDates(year: start...max(start, end)), .english)
    }

    func words(in plan: ImprovementPlan) -> String { words(asOf: plan.progress.asOf, start: plan.start, end: plan.end) }
}

extension UnplacedSession {
    /// Why it found no day, as `status` and plan.json say it in English.
    var words: String { UnplacedSessionWords.reason(self, .english) }
}

extension TrainingWindow {
    /// Why the window has its dates, as the district plan says it in English.
    var reasonWords: String { TrainingWindowWords.reason(reason, .english) }
}

extension TrainingProgramme {
    /// What it prepares for, as pages, calendars and CSV name it in English.
    var name: String { ProgrammeWords.name(self, .english) }
    /// Whom it trains, in English; empty for everyone.
    var audience: String { ProgrammeWords.audience(self, .english) }
}
