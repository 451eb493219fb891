import PlanwrightDocument

/// Every check, in one place. The order is the order their messages are listed in when two
/// point at the same place in the plan file.
enum PlanChecks {
    static let all: [any PlanCheck] = [
        PastLastDayOfSchool(),
        MinimumInstructionalDays(),
        SupportAtFlaggedSchools(),
        TeacherOnTheTeam(),
        GoalsServeIndicators(),
        GoalHasMilestones(),
        FocusPerCycle(),
        TrainingBeforeRollout(),
        PilotHasTeachersOfEverySchool(),
        OwnerLoad(),
        SchoolHasStaff(),
        PersonListedOnce(),
        ChampionAtEverySchool(),
        ChampionCapLeavesNoOneOut(),
        ComfortRated(),
        TracksHoldEveryComfort(),
        TrainingSessionsPlaced(),
        ChampionsTrainedBeforeLeading(),
        ScopeReachesSomeone(),
        GradeScopeReachesUngradedSchools(),
        FundingRestrictionsKept(),
        FundingNotOverCommitted(),
        SpendingReachesFlaggedSchools(),
        FundingCliff(),
        RefreshFunded(),
        RolloutBudgetsSupport(),
        EveryYearFunded(),
        HomeLanguagesHavePages(),
        MeasuresOfUse(),
        ToolsVetted(),
        ToolsDoNotOverlap(),
        ToolsConnect(),
        LicencesUsed(),
        PrivacyAgreementsSigned(),
        RenewalAfterDecision(),
        RolloutToolReady(),
        NewToolReplacesOne(),
    ]

    static func run(_ context: CheckContext) -> [Diagnostic] {
        all.flatMap { $0.diagnostics(in: context) }
    }
}
