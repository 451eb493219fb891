import PlanwrightDocument
import PlanwrightModel
import PlanwrightPlanning

/// What the templates see: plain dictionaries built from the `ImprovementPlan`.
///
/// Values are plan text as written; templates escape them for their format (`HTML`, `MARKDOWN`).
/// Markdown a plan writes comes also made safe for each format: `_html` and `_md`.
///
/// Every key is always present (empty text or `false` when there is nothing to show), because
/// a missing key is how a misspelt template variable is caught.
///
/// Views are built as `Fields`, keyed by `ViewKey`, so every name a view offers is in the
/// vocabulary templates are checked against; they reach Mustache as `View`, keyed by name.
enum HandoutViews {
    typealias View = [String: any Sendable]
    typealias Fields = [ViewKey: any Sendable]

    static func plan(_ p: ImprovementPlan, warnings: [Diagnostic], people: PlannedPeople, words: Wording = .english) -> View {
        View(planFields(p, warnings: warnings, people: people, words))
    }

    private static func planFields(_ p: ImprovementPlan, warnings: [Diagnostic], people: PlannedPeople, _ w: Wording) -> Fields {
        let progressByMilestone = Self.progressByMilestone(p)
        let dates = PeopleDates(p)
        let phrases = p.ecosystemPhrases
        let names = Dictionary(p.priorities.map { ($0.indicator, $0.name) }, uniquingKeysWith: { a, _ in a })
        let cycles: [Fields] = p.cycles.map { cycle in
            let here = p.milestones.filter { $0.cycle == cycle.number }
            let priorities = p.priorities.filter { $0.cycle == cycle.number }
            return [.name: w.name(cycle.name), .start: dates.day(cycle.start), .end: dates.day(cycle.end),
                    .dates: dates.span(cycle.start, cycle.end), .schoolDays: cycle.schoolDays, .schoolDaysWords: w.count(.schoolDayCount, cycle.schoolDays),
                    .cycleFocus: cycle.underWay.words(focus: p.focusPerCycle, names: names, w),
                    .priorities: priorities.map { priority($0, scale: p.scale) }, .hasPriorities: !priorities.isEmpty,
                    .gantt: SVGCharts.gantt(here, cycle: cycle, w), .milestones: here.map { milestone($0, progressByMilestone[$0.id], dates: dates, phrases: phrases, w) }, .hasMilestones: !here.isEmpty]
        }
        let deferred = p.priorities.filter { $0.cycle == nil }
        let goalsWithMilestones = Set(p.milestones.compactMap(\.goal))
        let districtWide = p.staff.filter { $0.districtWide == true }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        return [
            .district: p.district, .framework: p.framework, .start: dates.day(p.start), .end: dates.day(p.end), .dates: dates.schoolYear,
            .schoolDays: p.schoolDays, .schoolDaysWords: w.count(.schoolDayCount, p.schoolDays), .focusLimit: CycleFocus.limitWords(p.focusPerCycle, w),
            .vision: p.vision, .visionHtml: MarkdownHTML.render(p.vision), .visionMd: MarkdownSource.render(p.vision),
            .assessmentChart: SVGCharts.assessment(p),
            .assessment: p.assessment.map { a -> Fields in
                let inventory = InventoryEvidenceWords.line(a.evidenceFrom, p.ecosystem, dates: dates, w)
                return [.name: a.name, .domain: a.domainName,
                        .current: p.scale.levelName(a.current, offScale: "\(a.current)"), .target: p.scale.levelName(a.target, offScale: "\(a.target)"),
                        .evidence: a.evidence ?? "", .evidenceHtml: a.evidence.map(MarkdownHTML.render) ?? "",
                        .evidenceMd: a.evidence.map(MarkdownSource.render) ?? "",
                        .inventoryEvidence: inventory ?? "", .hasInventoryEvidence: inventory != nil]
            },
            .cycles: cycles,
            .deferred: deferred.map { priority($0, scale: p.scale) }, .hasDeferred: !deferred.isEmpty,
            .goals: p.goals.map { goal($0, dates: dates, scheduled: goalsWithMilestones) },
            .training: training(p, people: people, dates: dates, groups: p.training.groups, sessions: Dictionary(grouping: p.training.sessions, by: \.group),
                                everyProgramme: true, w),
            .pilots: pilots(p, people: people, wording: w), .hasPilots: p.pilots?.isEmpty == false,
            .championSchools: p.schools.map { champions(at: $0, in: p, people: people) },
            // District-wide staff are no school's: the district plan counts and names them once.
            .districtWideCount: w.count(.staffCount, districtWide.count), .districtWideNames: districtWide.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", "),
            .hasDistrictWideStaff: !districtWide.isEmpty,
            .warnings: warnings.map { warning($0) }, .hasWarnings: !warnings.isEmpty,
            .progress: progress(p, dates: dates, w),
            .budget: budget(p, people: people, w),
            .voices: voices(p, people: people, wording: w),
            .ecosystem: ecosystem(p, w),
        ]
    }

    static func school(_ id: String, in p: ImprovementPlan) -> View {
        school(id, in: p, index: Index(p, people: PlannedPeople(p), schoolFiles: OutputFileNames(p.schools.map(\.id), endings: PlanDocuments.nameEndings(.eachSchool, languages: p.families.languages))))
    }

    /// Lookups every school's view needs, built once: a state has thousands of schools.
    struct Index {
        let people: PlannedPeople
        /// Who is in which group and who supports whom, as the people page reads them too.
        let roster: PeopleIndex
        let groupsBySchool: [String: [TrainingGroup]]
        let sessionsByGroup: [String: [TrainingSession]]
        let progressByMilestone: [String: MilestoneProgress]
        /// By group, its sessions late as of the date with no day left to re-place them on.
        let lateUnplaced: [String: Int]
        /// By group, its sessions with no day that are not late (their window is still ahead).
        let notPlaced: [String: Int]
        let dates: PeopleDates
        let budgets: SchoolBudgets
        /// By school, the vetted tools its staff use.
        let tools: [String: [PlannedTool]]
        /// The tools' and schools' names for a gate's conditions; nil without tools.
        let phrases: EcosystemPhrases?
        /// The schools' file names, for the handout's link to its people page.
        let schoolFiles: OutputFileNames

        init(_ p: ImprovementPlan, people: PlannedPeople, schoolFiles: OutputFileNames, words: Wording = .english) {
            self.people = people
            self.schoolFiles = schoolFiles
            budgets = SchoolBudgets(p.budget, schools: p.schools)
            tools = HandoutViews.toolsBySchool(p)
            phrases = p.ecosystemPhrases
            roster = PeopleIndex(p, people: people, words: words)
            dates = roster.dates
            progressByMilestone = HandoutViews.progressByMilestone(p)
            var late: [String: Int] = [:]
            for session in p.progress.sessions where session.state == .late && session.date == nil { late[session.group, default: 0] += 1 }
            lateUnplaced = late
            var notPlaced: [String: Int] = [:]
            for session in p.training.unplaced { notPlaced[session.group, default: 0] += 1 }
            for (group, count) in late { notPlaced[group, default: 0] -= count }
            self.notPlaced = notPlaced.filter { $0.value > 0 }
            var groups: [String: [TrainingGroup]] = [:]
            for group in p.training.groups {
                // A school's handout lists the groups of its own staff: district-wide staff are
                // no school's (their groups are on the people pages and in the district plan).
                let schools = group.members.compactMap { people.person($0) }.filter { $0.districtWide != true }.map(\.school)
                for school in Set(schools) { groups[school, default: []].append(group) }
            }
            groupsBySchool = groups
            sessionsByGroup = roster.sessionsByGroup
        }
    }

    static func school(_ id: String, in p: ImprovementPlan, index: Index) -> View {
        View(schoolFields(id, in: p, index: index))
    }

    /// The handout speaks as of the date the plan was re-planned from: its coming weeks start there.
    private static func schoolFields(_ id: String, in p: ImprovementPlan, index: Index) -> Fields {
        let people = index.people
        let dates = index.dates
        let w = index.roster.words
        let asOf = p.progress.asOf
        let school = p.schools.first { $0.id == id }!
        let cycle = p.cycles.last { $0.start <= asOf } ?? p.cycles.first
        let horizon = asOf.adding(days: 42)
        // Only the work this school's people are for: a 6–12 rollout is not news at a K–5 school.
        let ours = p.milestones.filter { $0.isFor(school) }
        let soon = ours.filter { m in m.status != .done && m.end >= asOf && m.start <= horizon }
        // The focus a staff meeting can hold: the goals with work at this school this cycle, and
        // any framework priority placed in it, not every indicator those goals touch.
        let active = Set(ours.filter { $0.cycle == cycle?.number && $0.status != .done }.compactMap(\.goal))
        let focus: [Fields] = p.goals.filter { active.contains($0.id) }.map { goal in
            headline(p.progress.measures.first { $0.goal == goal.id && $0.isFor(school) }, asOf: asOf, dates: dates, w)
                .merging([.name: goal.title, .detail: goal.owner.map { w(.goalLedBy, ["owner": $0]) } ?? w(.goalNoLeadYet),
                          .why: why(p.priorities.first { $0.goal == goal.id }, at: school, w) ?? "",
                          .hasWhy: p.priorities.contains { $0.goal == goal.id }]) { $1 }
        } + p.priorities.filter { $0.cycle == cycle?.number && $0.goal == nil }.map {
            headline(nil, asOf: asOf, dates: dates, w).merging([.name: $0.name, .detail: "\($0.current) → \($0.target)", .why: why($0, at: school, w) ?? "", .hasWhy: true]) { $1 }
        }
        let next = nextDate(in: ours, asOf: asOf, horizon: horizon, people: people, dates: index.dates, w)
        let champions = index.roster.assignmentsBySchool[id] ?? []
        let counts = index.roster.counts(id)
        // Colleagues are on the people page; the handout names the champions, as many as fit.
        let named: [Fields] = champions.prefix(Self.handoutChampions).map {
            [.name: people.name($0.champion), .count: $0.colleagues.count, .email: people.email($0.champion), .hasEmail: !people.email($0.champion).isEmpty]
        }
        let help: [Fields] = school.principal.map { [[.name: $0, .what: w(.schoolPrincipal), .email: "", .hasEmail: false]] } ?? []
        let page = PlanDocument.peoplePageLinks(school: id, names: index.schoolFiles)
        let coming = comingToSchool(school, budget: p.budget, bySchool: index.budgets, w)
        let needs = school.needsSupport.filter { $0 != .general }.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }
        return [
            .district: p.district, .school: school.name, .schoolId: id,
            .principal: school.principal ?? "", .hasPrincipal: school.principal != nil,
            .flagged: !school.needsSupport.isEmpty, .needsSupport: needs.joined(separator: ", "), .hasNeeds: !needs.isEmpty,
            .asOf: dates.day(asOf), .until: dates.day(horizon), .dates: dates.span(asOf, horizon), .cycle: cycle.map { w.name($0.name) } ?? "", .cycleEnd: cycle.map { dates.day($0.end) } ?? "",
            .focus: focus, .hasFocus: !focus.isEmpty,
            .next: next ?? "", .hasNext: next != nil,
            // A handout is one page: the first `handoutMilestones`, and how many more the district plan lists.
            .milestones: soon.prefix(Self.handoutMilestones).map { milestone($0, index.progressByMilestone[$0.id], dates: dates, phrases: index.phrases, w) }, .hasMilestones: !soon.isEmpty,
            .moreMilestones: max(0, soon.count - Self.handoutMilestones),
            .moreMilestonesSentence: w.count(.moreMilestonesSentence, max(0, soon.count - Self.handoutMilestones)),
            .moreMilestonesLine: w.count(.moreMilestonesLine, max(0, soon.count - Self.handoutMilestones)), .hasMoreMilestones: soon.count > Self.handoutMilestones,
            .training: schoolTraining(id, in: p, dates: dates, groups: index.groupsBySchool[id] ?? [], index: index),
            .counts: counts.sentence(index.roster.words), .peopleHtml: page.html, .peopleMd: page.md,
            .pilots: schoolPilots(id, in: p, people: people, w),
            .champions: named, .hasChampions: !champions.isEmpty,
            .moreChampions: max(0, champions.count - Self.handoutChampions),
            .moreChampionsWords: w.count(.andMore, max(0, champions.count - Self.handoutChampions)), .hasMoreChampions: champions.count > Self.handoutChampions,
            .hasWithout: counts.without > 0, .hasReserves: counts.reserves > 0,
            .help: help, .hasHelp: !help.isEmpty,
            .coming: coming ?? "", .hasComing: coming != nil,
            .ecosystem: schoolTools(index.tools[id] ?? [], w),
            .progress: progress(p, dates: dates, concerning: Set(ours.map(\.id)), headlineOf: active, at: school, index.roster.words),
        ]
    }

    static let handoutMilestones = 6
    /// Champions named on a handout; the people page names every one and whom each supports.
    static let handoutChampions = 8
    /// Session times and co-facilitators a handout's track line names before it sums them up.
    static let handoutSessionDates = 2
    static let handoutFacilitators = 2

    /// One sentence of why a focus matters, from the priority it takes on: where the indicator
    /// stands, and that this school rates it lower still when it does.
    private static func why(_ priority: Priority?, at school: PlannedSchool, _ w: Wording) -> String? {
        guard let priority else { return nil }
        return w(priority.equitySchools.contains(school.name) ? .focusWhyRatedLowerHere : .focusWhy, ["standing": PriorityReasonWords.standing(priority, w)])
    }

    /// The next date that matters to the school, even past the coming weeks: its next rollout,
    /// or else the first of its work that starts after the weeks the handout lists.
    private static func nextDate(in ours: [ScheduledMilestone], asOf: SchoolDate, horizon: SchoolDate, people: PlannedPeople, dates: PeopleDates,
                                 _ w: Wording) -> String? {
        let open = ours.filter { $0.status != .done }
        guard let next = open.first(where: { $0.kind == .rollout && $0.start >= asOf }) ?? open.first(where: { $0.start > horizon }) else { return nil }
        let whom = ScopeWords.whom(next.scope, schoolName: people.schoolName, w)
        let key: WordKey = switch (next.kind == .rollout, whom.isEmpty) {
        case (true, true): .nextRolloutBegins
        case (true, false): .nextRolloutBeginsFor
        case (false, true): .nextWorkStarts
        case (false, false): .nextWorkStartsFor
        }
        return w(key, ["title": w.title(next.title), "whom": whom, "date": dates.day(next.start)])
    }


    private static func priority(_ p: Priority, scale: [String]) -> Fields {
        [.name: p.name, .current: p.current, .target: p.target, .why: VoicesWords.reason(p), .goal: p.goal ?? "", .hasGoal: p.goal != nil, .discuss: p.discussFirst]
    }

    static func progressByMilestone(_ p: ImprovementPlan) -> [String: MilestoneProgress] {
        Dictionary(p.progress.milestones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// `state` is set only when late or at risk, or spilling past the last day of school: what a
    /// table should make stand out ("late, into the summer").
    /// `phrases` word what a gate before a rollout of a tool that is not ready must see first.
    private static func milestone(_ m: ScheduledMilestone, _ progress: MilestoneProgress?, dates: PeopleDates, phrases: EcosystemPhrases?, _ w: Wording) -> Fields {
        let flagged = progress.flatMap { $0.state == .late || $0.state == .atRisk ? $0.state : nil }
        let label = [flagged?.label(w), progress?.spill?.into(w)].compactMap { $0 }.joined(separator: ", ")
        let mustBeTrue = ToolWords.mustBeTrue(m, phrases: phrases, w)
        return [.id: m.id, .title: w.title(m.title), .kind: m.kind.rawValue, .start: dates.day(m.start), .end: dates.day(m.end),
                .dates: dates.span(m.start, m.end), .days: m.days,
                .owner: m.owner ?? "", .hasOwner: m.owner != nil, .status: m.status.label(w), .hasStatus: m.status != .planned,
                .blockedBecause: m.blockedBecause ?? "", .hasBlockedBecause: m.blockedBecause != nil,
                .state: flagged?.rawValue ?? progress?.state.rawValue ?? "", .label: label, .hasState: !label.isEmpty,
                .added: m.origin == .addedBeforeRollout, .framework: m.origin == .framework,
                .carried: m.carriedFrom.map { SchoolYearWords.carriedOver($0) } ?? "", .hasCarried: m.carriedFrom != nil,
                .mustBeTrue: mustBeTrue ?? "", .hasMustBeTrue: mustBeTrue != nil]
    }

    /// `scheduled`: the goals with a milestone, so a goal without one says so under its heading.
    private static func goal(_ g: PlannedGoal, dates: PeopleDates, scheduled: Set<String>) -> Fields {
        [.id: g.id, .title: g.title, .hasMilestones: scheduled.contains(g.id), .owner: g.owner ?? "", .description: g.description ?? "",
         .descriptionHtml: g.description.map(MarkdownHTML.render) ?? "", .descriptionMd: g.description.map(MarkdownSource.render) ?? "",
         .measures: g.measures.map { m -> Fields in
             [.name: m.name, .unit: m.unit ?? "", .baseline: MeasureSummaryWords.number(m.baseline), .target: MeasureSummaryWords.number(m.target),
              .by: m.by.map(dates.day) ?? "", .hasBy: m.by != nil, .latest: m.latest.map(MeasureSummaryWords.number) ?? "", .hasLatest: m.latest != nil,
              .latestOn: m.latestOn.map(dates.day) ?? ""]
         },
         .hasMeasures: !g.measures.isEmpty]
    }

    private static func champions(at school: PlannedSchool, in p: ImprovementPlan, people: PlannedPeople) -> Fields {
        let here = p.champions.assignments.filter { $0.school == school.id }
        let without = p.champions.unassigned.filter { $0.school == school.id }
        let reserves = p.champions.reserves.filter { $0.school == school.id }
        return [.school: school.name,
                .champions: here.map { [.name: people.name($0.champion), .colleagues: people.list($0.colleagues)] as Fields },
                .hasChampions: !here.isEmpty,
                .without: without.map { [.name: people.name($0.staff), .reason: PeopleTextReport.reason($0.reason)] as Fields },
                .hasWithout: !without.isEmpty,
                .reserves: reserves.map { [.name: people.name($0.staff), .reason: PeopleTextReport.reason($0.reason)] as Fields },
                .hasReserves: !reserves.isEmpty]
    }

    /// A warning as the district plan lists it, with the file it is about: a roster's or a
    /// calendar's warnings sit beside the plan's own, and "line 396" alone would send a reader
    /// to the plan file. The file's name only, so the page is the same wherever it was built.
    private static func warning(_ d: Diagnostic) -> Fields {
        let location = d.location.map { "\(fileName($0.file)), line \($0.line)" } ?? ""
        return [.severity: d.severity.rawValue, .location: location, .message: d.message]
    }

    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
    }
}
