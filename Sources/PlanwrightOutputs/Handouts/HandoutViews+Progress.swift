import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// The progress section: what is late or at risk (what a staff meeting acts on), counts of
/// the rest, and each measure with a small chart of its values against a steady pace.
extension HandoutViews {
    /// `concerned` limits milestones to one school's, by id. `headlineOf` limits measures to the
    /// first of each of those goals: a one-page handout has room for one chart per goal.
    /// `school` limits measures to those whose scope reaches it: a grades 3–5 device agreement
    /// is not news at the high school.
    static func progress(_ p: ImprovementPlan, dates: PeopleDates, concerning concerned: Set<String>? = nil, headlineOf goals: Set<String>? = nil,
                         at school: PlannedSchool? = nil, _ w: Wording = .english) -> Fields {
        let progress = p.progress
        let milestones = progress.milestones.filter { concerned?.contains($0.id) ?? true }
        // Work spilling past the last day of school needs a decision even when nothing else is wrong with it.
        let attention = milestones.filter { $0.state == .late || $0.state == .atRisk || $0.spill != nil }
        // Late training sessions stand beside late milestones in the district's list; a school
        // handout keeps its one page for its own milestones.
        let lateSessions = concerned == nil ? progress.sessions.filter { $0.state == .late } : []
        var measures = progress.measures.filter { school.map($0.isFor) ?? true }
        if let goals {
            var shown = Set<String>()
            measures = measures.filter { goals.contains($0.goal) && shown.insert($0.goal).inserted }
        }
        func count(_ state: MilestoneProgress.State) -> Int { milestones.lazy.filter { $0.state == state }.count }
        let counts = MilestoneProgress.State.counts(count, w)
        return [
            .asOf: dates.day(progress.asOf), .asOfNote: progress.asOfSource.explanation(w) ?? "", .hasAsOfNote: progress.asOfSource.explanation(w) != nil,
            .done: count(.done), .onTrack: count(.onTrack), .late: count(.late), .atRisk: count(.atRisk),
            .milestoneCounts: w(.milestoneCounts, counts), .milestonesDoneWords: w.count(.planMilestonesDone, count(.done)), .progressLine: w(.progressAsOfLine, counts.merging(["date": dates.day(progress.asOf)]) { $1 }),
            .attention: attention.map { m -> Fields in
                let spill = m.spill.map { " " + $0.sentence(lastDay: p.end, dates: dates, w) } ?? ""
                return [.id: m.id, .title: w.title(m.title), .state: m.state.rawValue, .label: m.state.label(w), .reason: ProgressReasonWords.sentence(m, dates: dates, w) + spill, .end: dates.day(m.end)]
            } + lateSessions.map { s -> Fields in
                [.id: s.session, .title: w(.trainingSessionTitle, ["number": w.number(s.number)]), .state: "late", .label: MilestoneProgress.State.late.label(w), .reason: SessionProgressWords.reason(s, dates: dates, w),
                 .end: s.date.map(dates.day) ?? ""]
            },
            .hasAttention: !attention.isEmpty || !lateSessions.isEmpty,
            .measures: measures.map { m -> Fields in
                [.name: m.name, .goal: m.goal, .trend: m.trend.rawValue, .label: m.trend.label(w), .summary: MeasureSummaryWords.summary(m, asOf: progress.asOf, dates: dates, w),
                 .chart: SVGCharts.measure(m, asOf: progress.asOf, dates: dates, w)]
            },
            .hasMeasures: !measures.isEmpty,
        ]
    }

    /// A goal's first measure as a line in the handout's focus list: a sparkline and its trend.
    static func headline(_ m: MeasureProgress?, asOf: SchoolDate, dates: PeopleDates, _ w: Wording) -> Fields {
        [.hasMeasure: m != nil, .measure: m?.name ?? "", .trend: m?.trend.rawValue ?? "", .label: m?.trend.label(w) ?? "",
         .summary: m.map { MeasureSummaryWords.summary($0, asOf: asOf, dates: dates, w) } ?? "", .chart: m.map { SVGCharts.sparkline($0, asOf: asOf, dates: dates, w) } ?? ""]
    }
}
