/// The plan file, format 1, key by key.
public enum PlanShapes {
    static let milestoneKinds = MilestoneKind.allCases.map(\.rawValue)
    static let span = MappingShape("date range", "A named run of dates.", [
        .optional("name", .text, "What the dates are, such as 'Winter break'."),
        .optional("on", .date, "A single day."),
        .optional("from", .date, "The first day."),
        .optional("to", .date, "The last day, included."),
    ])
    /// A closure or testing window, which may be for some schools or grades only: the high
    /// schools' Regents week, a closure for one building's boiler repair.
    static let scopedSpan = MappingShape("closure or testing window", "A named run of dates, for every school or some.", span.fields + [
        .optional("schools", .list(.identifier), "The schools it is for. Default every school."),
        .optional("grades", .oneOf([.text, .list(.text)]), "The grades it is for, such as 9-12: it applies at the schools teaching them. Default every grade."),
    ])
    static let dateOrSpan = Shape.oneOf([.date, .mapping(scopedSpan)])
    static let pdDay = MappingShape("PD day", "A named run of PD days, with where and when they are held.", span.fields + [
        .optional("place", .text, "Where training is held that day, such as 'Lincoln library'."),
        .optional("time", .text, "The hours of training that day, such as \"08:00-15:00\"."),
    ])
    static let earlyRelease = MappingShape("early release", "Early-release afternoons and their hours.", singleton: true, [
        .optional("day", .choice(Weekday.allCases.map(\.name)), "Every week on this weekday."),
        .optional("dates", .list(.date), "These dates; with 'day', dates added to the weekly ones (conference week)."),
        .optional("except", .list(.date), "Days the weekly early release does not fall on, such as the day before a break."),
        .optional("time", .text, "The hours training may use, such as \"\(SlotTime.example)\": sessions start then and fit in them."),
    ])

    public static let teamMember = MappingShape("team member", "A member of the planning team.", [
        .required("name", .text, "Their full name."),
        .required("role", .text, "Their role, such as 'Director of Digital Learning' or 'Grade 4 Teacher'."),
        .optional("email", .text, "Email address."),
        .optional("staff", .identifier, "Their staff id, when they also appear under staff."),
    ])

    public static let district = MappingShape("district", "Who the plan is for and what it aims at.", singleton: true, [
        .required("name", .text, "The district's name."),
        .required("vision", .markdown, "The shared vision for teaching and learning with technology (Markdown)."),
        .required("team", .list(.mapping(teamMember)), "The planning team. Include teachers (pitfall 3)."),
    ])

    static let importRule = MappingShape("import rule", "An imported event whose title or categories hold one of these words means this.", [
        .required("words", .oneOf([.text, .list(.text)]), "Words or phrases, such as Conferences or [Teacher Institute, Staff Day]; any case, whole words."),
        .required("means", .choice(EventMeaning.allCases.map(\.rawValue)), "closed, early_release, pd_day, testing or ignored."),
    ])

    public static let year = MappingShape("school year", "The school calendar work is scheduled on.", singleton: true, [
        .required("start", .date, "The first day of school."),
        .required("end", .date, "The last day of school."),
        .optional("closed", .list(dateOrSpan), "Holidays and breaks: no school, nothing scheduled (at the schools they are for, when scoped)."),
        .optional("testing", .list(.mapping(scopedSpan)), "Testing windows: no training and no rollouts at the schools they are for."),
        .optional("pd_days", .list(.oneOf([.date, .mapping(pdDay)])), "Whole days for staff training, each with an optional place and time."),
        .optional("early_release", .oneOf([.choice(Weekday.allCases.map(\.name)), .list(.date), .mapping(earlyRelease)]),
                  "Short training slots: a weekday or dates, and their hours."),
        .optional("import", .oneOf([.text, .list(.text)]),
                  "An .ics calendar file, or a list of them: each event in the year is a closure, early release, PD day or testing window by its words, or left out with a warning."),
        .optional("import_rules", .list(.mapping(importRule)), "What the district's own event words mean, tried before the built-in ones."),
        .optional("min_instructional_days", .integer(1...366),
                  "The state's minimum of days with students; fewer is a warning."),
        .optional("cycles", .oneOf([.integer(1...12), .list(.mapping(span))]),
                  "Improvement cycles: a count, or named date ranges. Default 3."),
    ])

    public static let rating = MappingShape("rating", "Where the district stands on one indicator.", [
        .required("current", .level, "The level the district is at now."),
        .optional("target", .level, "The level aimed for. Default: one level up."),
        .optional("evidence", .markdown, "What supports the rating (Markdown)."),
        .optional("raters", .dictionary(key: "team member name", value: .level), "Each rater's own rating."),
        .optional("schools", .dictionary(key: "school id", value: .level), "Per-school ratings."),
        .optional("steps_done", .list(.identifier),
                  "The framework's steps toward the next level already finished in an earlier year, by id, such as [shared-vision-1]: they are not planned again. 'init --from' writes them."),
    ])

    public static let assessment = MappingShape("assessment", "The self-assessment against the framework.", singleton: true, [
        .required("date", .date, "When the team agreed the ratings."),
        .required("ratings", .dictionary(key: "indicator id", value: .mapping(rating)), "Ratings keyed by indicator id."),
    ])

    public static let school = MappingShape("school", "A school in the district.", [
        .required("id", .identifier, "A short id for the school, used elsewhere in the plan."),
        .required("name", localized(.text), "The school's name. For family pages it may be given per language: {en: …, es: …}."),
        .optional("grades", .oneOf([.text, .list(.text)]), "Grades taught, such as K-5 or 9-12."),
        .optional("needs_support", .oneOf([.boolean, .list(.choice(SupportNeed.allCases.map(\.rawValue)))]),
                  "Equity flag: what the school lacks (bandwidth, devices, support_staff)."),
        .optional("principal", .text, "The principal's name."),
        .optional("students", .oneOf([.integer(studentCount), .dictionary(key: "grade", value: .integer(studentCount))]),
                  "Students enrolled: a number, or the count in each grade, such as {K: 48, 1: 52}."),
        .optional("home_languages", .dictionary(key: "language code", value: .integer(familyCount)),
                  "How many families speak each language at home, by ISO 639-1 code, such as {en: 310, es: 205, vi: 12}."),
        .optional("families", .mapping(schoolFamilies), "What this school's family page says in place of the district's: its own help."),
    ])

    /// How many students a school, or one of its grades, may be written to enroll.
    public static let studentCount = 0...1_000_000

    public static let rosterImport = MappingShape("OneRoster import", "Schools and staff read from a OneRoster CSV export.", singleton: true, [
        .required("oneroster", .text, "A folder of OneRoster CSV files: orgs.csv and users.csv (and roles.csv for OneRoster 1.2), relative to the plan."),
        .optional("survey", .text, "A staff survey CSV merged in by staff id: staff_id, comfort, champion, subjects, grades."),
        .optional("needs_support", .dictionary(key: "school id", value: .oneOf([.boolean, .list(.choice(SupportNeed.allCases.map(\.rawValue)))])),
                  "Equity flags for imported schools, keyed by their OneRoster id."),
        .optional("principals", .dictionary(key: "school id", value: .text), "Principals of imported schools, keyed by their OneRoster id."),
        .optional("home_languages", .dictionary(key: "school id", value: .dictionary(key: "language code", value: .integer(familyCount))),
                  "How many families of each imported school speak each language at home, keyed by its OneRoster id: {sch-oak: {en: 310, es: 205}}. OneRoster exports do not carry it."),
        .optional("delta", .choice(DeltaExport.allCases.map(\.rawValue)),
                  "refuse (default) or allow: whether an export whose manifest.csv says delta (only what changed since the last export) is read as the whole roster."),
    ])

    public static let staffMember = MappingShape("staff member", "A member of staff.", [
        .required("id", .identifier, "A unique id, such as an employee number."),
        .required("name", .text, "Their full name."),
        .required("school", .oneOf([.identifier, .list(.identifier), .dictionary(key: "school id", value: .share)]),
                  "The id of their school. Someone at several: their ids, [cbjh, cbhs], or their share of time at each, {cbjh: 60%, cbhs: 40%}; someone for the whole district: district."),
        .optional("role", .choice(StaffRole.allCases.map(\.rawValue)), "Default teacher."),
        .optional("subjects", .oneOf([.text, .list(.text)]), "Subjects taught."),
        .optional("grades", .oneOf([.text, .list(.text)]), "Grades taught."),
        .optional("comfort", .oneOf([.integer(1...5), .choice(Comfort.LevelOfUse.allCases.map(\.rawValue))]),
                  "Comfort with the technology: 1-5, or a CBAM Level of Use."),
        .optional("champion", .choice(ChampionInterest.allCases.map(\.rawValue)), "yes, no or volunteer. Default no."),
        .optional("email", .text, "Email address."),
        .optional("joined", .date, "First day at the school, for staff who join during the year: training groups that have held sessions keep the people who were there, and newcomers form new groups."),
    ])

    public static let observation = MappingShape("observation", "A measured value on a date.", [
        .required("date", .date, "When it was measured."),
        .required("value", .number(NumberRange.measure), "The value."),
    ])

    public static let measure = MappingShape("measure", "How progress on the goal is measured; scoped to schools or grades, it shows only on their handouts.", [
        .required("name", .text, "What is measured: utilization, not just adoption."),
        .optional("unit", .text, "Unit, such as percent."),
        .required("baseline", .number(NumberRange.measure), "The value at the start."),
        .required("target", .number(NumberRange.measure), "The value aimed for."),
        .optional("by", .date, "When the target should be reached."),
        .optional("observations", .list(.mapping(observation)), "Values measured so far."),
        .optional("from", .oneOf([.date, .identifier]),
                  "When the value starts to move: a date, or the id of the milestone whose start begins it, such as a rollout. Default the first day of school; pace is judged from it."),
        .optional("steps", .list(.mapping(measureStep)), "Targets on the way, before 'by': pace is judged against each in turn."),
        .optional("kind", .choice(MeasureKind.allCases.map(\.rawValue)),
                  "What it measures: adoption (accounts, licences, sessions attended), utilization (use that changes the work) or outcome (what changes for students). A rollout measured only by adoption is warned about."),
    ] + scopeFields("measure", default: "its goal's"))

    public static let measureStep = MappingShape("measure step", "A target on the way to the measure's final one.", [
        .required("by", .date, "When this value should be reached."),
        .required("target", .number(NumberRange.measure), "The value to reach by then."),
    ])

    /// Whom a goal or milestone is for; a milestone may narrow its goal's, never widen it.
    static func scopeFields(_ what: String, default: String) -> [Field] {
        [
            .optional("schools", .list(.identifier), "Schools the \(what) is for. Default \(`default`)."),
            .optional("grades", .oneOf([.text, .list(.text)]), "Grades it is for, such as 6-12 or [K, 1, 2]. Default \(`default`)."),
            .optional("roles", .oneOf([.choice(StaffRole.allCases.map(\.rawValue)), .list(.choice(StaffRole.allCases.map(\.rawValue)))]),
                      "Staff roles it is for, such as [teacher, coach]. Default \(`default`)."),
            .optional("subjects", .oneOf([.text, .list(.text)]), "Subjects it is for, such as [math, science]. Default \(`default`)."),
        ]
    }

    public static let milestone = MappingShape("milestone", "A step of work on the school calendar.", [
        .required("id", .identifier, "An id no other milestone of the plan has."),
        .required("title", .text, "What will be done."),
        .optional("description", .markdown, "More detail (Markdown)."),
        .required("days", .integer(1...400), "The school days of work it takes."),
        .optional("after", .oneOf([.identifier, .list(.identifier)]), "Milestones that must end first."),
        .optional("on", .date, "A fixed start date (a school day)."),
        .optional("not_before", .date, "The earliest start date."),
        .optional("due", .date, "The date it must end by."),
        .optional("owner", .text, "Who is responsible: a team or staff member, or a school's principal, by name."),
        .optional("kind", .choice(milestoneKinds), "Default task."),
    ] + toolUseFields("milestone", default: "its goal's") + [
        .optional("participants", .oneOf([.list(.identifier), .integer(1...10_000)]),
                  "A pilot's staff: a list of staff ids, or how many the planner should propose (spread across the pilot's schools, subjects and comfort levels, volunteers and champions first). They co-lead the training of their goal's rollout at their school instead of attending it."),
        .optional("for_families", localized(.markdown),
                  "What families are told of this step on the family and student pages (Markdown), or per language: {en: …, es: …}. Without it the pages say only its dates and the kind of change."),
    ] + scopeFields("milestone", default: "its goal's") + [
        .optional("status", .choice(MilestoneStatus.allCases.map(\.rawValue)), "Default planned."),
        .optional("done_on", .date, "When it was finished."),
        .optional("blocked_because", .text, "Why it is blocked; only with 'status: blocked'."),
        .optional("since", .date, "When the status was recorded (work began, or was held up); only with 'status: in_progress' or 'blocked'. Asked about an earlier date, the milestone reads as planned."),
        .optional("costs", .list(.mapping(cost)), "What the work costs; paid when it starts unless a cost says 'on'."),
        .optional("carried_from", .text,
                  "The school year this unfinished work was carried over from, such as 2026-27; 'init --from' writes it, and outputs say so."),
        .optional("gate_passed", .text,
                  "For a rollout carried over unfinished: the school year its go/no-go said go, such as 2026-27. No pilot and gate are added before it again; 'init --from' writes it."),
    ])

    public static let goal = MappingShape("goal", "What the district wants to achieve.", [
        .required("id", .identifier, "A short unique id."),
        .required("title", .text, "The goal in one line."),
        .optional("description", .markdown, "More detail (Markdown)."),
        .optional("indicators", .list(.identifier), "Framework indicators this goal serves; a goal tied to none is warned about."),
        .optional("owner", .text, "Who leads it: a team or staff member, or a school's principal, by name."),
    ] + toolUseFields("goal", default: "none") + [
        .optional("for_families", localized(.markdown),
                  "What families are told of this goal on the family and student pages (Markdown), or per language: {en: …, es: …}. Without it the goal is not named there."),
    ] + scopeFields("goal", default: "everyone") + [
        .optional("measures", .list(.mapping(measure)), "How progress is measured."),
        .optional("costs", .list(.mapping(cost)), "What the goal costs beyond its milestones, such as licences for everyone in its scope."),
        .optional("milestones", .list(.mapping(milestone)), "Steps of work."),
    ])

    public static let track = MappingShape("training track", "Training for staff within a comfort range.", [
        .required("id", .identifier, "Unique id."),
        .required("name", .text, "Name shown to staff."),
        .required("comfort", .oneOf([.integer(1...5), .list(.integer(1...5))]), "Comfort levels: [low, high] or one level."),
        .optional("sessions", .integer(1...50), "Number of sessions. Default 2."),
        .optional("minutes", .integer(10...480), "Length of each session. Default 60."),
    ])

    public static let heldSession = MappingShape("held session", "A training session that took place.", [
        .required("session", .text, "The session's id as 'planwright plan' and the handouts print it: group/number, such as getting-started-lincoln-1/2."),
        .required("on", .date, "The day it was held; its date is never moved afterwards."),
        .optional("absent", .list(.identifier), "Staff ids of the group's members who missed it: they need a make-up; the rest attended."),
    ])

    public static let metGroup = MappingShape("group that met", "A training group that has met, with its members as they met.", [
        .required("group", .text, "The group's id as 'planwright plan' and the handouts print it, such as getting-started-lincoln-1."),
        .required("members", .list(.identifier), "Staff ids of its members when it met: they keep this group whatever the staff list does later; ids of staff who have left are kept as the record."),
    ])

    public static let training = MappingShape("training", "How training is differentiated and scheduled.", singleton: true, [
        .optional("max_group", .integer(2...100), "Largest training group. Default 12."),
        .optional("slots", .list(.choice(TrainingSlot.allCases.map(\.rawValue))), "Which days hold sessions."),
        .optional("tracks", .list(.mapping(track)), "Tracks by comfort level."),
        .optional("held", .list(.mapping(heldSession)), "Sessions that took place, by session id and date."),
        .optional("groups", .list(.mapping(metGroup)), "Groups that have met, with their members: they keep them when staff are added or leave."),
        .optional("costs", .mapping(trainingCosts), "Stipends or substitute cover per participant and facilitator per session."),
    ])

    public static let pin = MappingShape("pin", "A champion-colleague pair to keep.", [
        .required("champion", .identifier, "The champion's staff id."),
        .required("colleague", .identifier, "The colleague's staff id."),
    ])

    public static let weights = MappingShape("weights", "Costs the champion matcher minimises.", singleton: true, [
        .optional("subject", .integer(0...1000), "Cost of a pair with no shared subject. Default 3."),
        .optional("grades", .integer(0...1000), "Cost of a pair with no shared grade. Default 2."),
        .optional("balance", .integer(0...1000), "Cost per colleague a champion already has. Default 1."),
    ])

    public static let champions = MappingShape("champions", "How local technology champions are matched.", singleton: true, [
        .optional("max_colleagues", .integer(1...100), "Most colleagues per champion. Default 6."),
        .optional("min_comfort", .integer(1...5), "Lowest comfort for a volunteer to become a champion. Default 4."),
        .optional("max_per_school", .integer(1...1000), "Most champions at one school; the rest are reserves. Default: those marked yes, and volunteers as far as colleagues need."),
        .optional("weights", .mapping(weights), "Matching weights."),
        .optional("pins", .list(.mapping(pin)), "Pairs to keep."),
        .optional("exclude", .list(.identifier), "Staff not to assign."),
        .optional("stipend", .mapping(championStipend), "What each champion is paid a year, and who pays."),
    ])

    public static let focus = MappingShape("focus", "How much is taken on at once.", singleton: true, [
        .optional("per_cycle", .integer(1...20), "Goals under way at once per cycle; a goal counts once however many indicators it serves, a priority no goal takes on counts as one. Default 3."),
    ])

    public static let owners = MappingShape("owners", "Limits per owner.", singleton: true, [
        .optional("max_concurrent", .integer(1...100), "Most milestones one owner has at once."),
        .optional("roles", .dictionary(key: "framework owner role", value: .text),
                  "Who does the framework's steps for each owner role, by name (edtech leader: Dana Ortiz); a role not listed goes to the team member whose title has the framework's words for it."),
    ])

    public static let progressEntry = MappingShape("progress entry", "Progress on a milestone the planner generated.", [
        .required("status", .choice(MilestoneStatus.allCases.map(\.rawValue)), "planned, in_progress, done or blocked."),
        .optional("done_on", .date, "When it was finished."),
        .optional("blocked_because", .text, "Why it is blocked; only with 'status: blocked'."),
        .optional("since", .date, "When the status was recorded (work began, or was held up); only with 'status: in_progress' or 'blocked'. Asked about an earlier date, the milestone reads as planned."),
    ])

    public static let plan = MappingShape("plan", "A district continuous-improvement plan.", singleton: true, [
        .required("planwright", .integer(1...1), "Format version: 1."),
        .required("district", .mapping(district), "The district and its planning team."),
        .required("framework", .text, "A built-in framework's name, or a path to a framework file."),
        .required("year", .mapping(year), "The school calendar."),
        .required("assessment", .mapping(assessment), "The self-assessment."),
        .required("schools", .oneOf([.list(.mapping(school)), .mapping(rosterImport)]), "The schools, or a OneRoster import of schools and staff."),
        .optional("staff", .list(.mapping(staffMember)), "The staff; required unless they come from a OneRoster import."),
        .required("goals", .list(.mapping(goal)), "The goals."),
        .optional("training", .mapping(training), "Training settings."),
        .optional("champions", .mapping(champions), "Champion settings."),
        .optional("focus", .mapping(focus), "Focus settings."),
        .optional("owners", .mapping(owners), "Owner settings."),
        .optional("budget", .mapping(budget), "The currency, the fiscal year's start and how many years the budget looks ahead."),
        .optional("funding", .list(.mapping(fundingSource)), "Money the district can spend on the plan, and its rules."),
        .optional("support", .list(.mapping(support)), "In-person support at schools: technician days, help-desk coverage, and what they cost."),
        .optional("families", .mapping(families), "Family and student pages: their languages, and help for families."),
        .optional("progress", .dictionary(key: "milestone id", value: .mapping(progressEntry)),
                  "Status of milestones the planner generated (framework steps, added pilots and gates, cycle reviews), keyed by their id. The plan's own milestones carry 'status' themselves."),
        .optional("voices", .mapping(voices), "Stakeholder surveys: what teachers, students and families said, by indicator."),
        .optional("tools", .mapping(tools), "The district's tools: what each is for, where it is used, how it connects, whether it is used, and what it costs."),
    ])
}
