/// Every name a handout view offers to templates. Views are built with these keys only, so the
/// list cannot fall behind them; templates are checked against it when they load, so a
/// misspelt name is found even inside a section that is empty for this plan.
enum ViewKey: String, CaseIterable, Sendable {
    case added
    case amount
    case asOf = "as_of"
    case asOfLine = "as_of_line"
    case asOfNote = "as_of_note"
    case assessment
    case assessmentChart = "assessment_chart"
    case atRisk = "at_risk"
    case carried
    case attention
    case audience
    case baseline
    case blockedBecause = "blocked_because"
    case budget
    case by
    case categories
    case cells
    case champion
    case championSchools = "champion_schools"
    case champions
    case chart
    case colleagues
    case columns
    case comfort
    case coming
    case count
    case counts
    case current
    case cycle
    case cycleEnd = "cycle_end"
    case cycles
    /// A span as people read it ("Tue, Jan 19 – Fri, Jan 22"), for prose; `start` and `end` for columns.
    case dates
    case days
    case deferred
    case description
    case descriptionHtml = "description_html"
    case descriptionMd = "description_md"
    case detail
    case discuss
    case district
    case districtWide = "district_wide"
    case districtWideStaff = "district_wide_staff"
    case districtWideCount = "district_wide_count"
    case districtWideNames = "district_wide_names"
    case sharedNote = "shared_note"
    case domain
    case done
    case email
    case end
    case equity
    case evidence
    case evidenceHtml = "evidence_html"
    case evidenceMd = "evidence_md"
    /// The tool inventory's figures the framework has an indicator's evidence show (`evidence_from`).
    case inventoryEvidence = "inventory_evidence"
    case hasInventoryEvidence = "has_inventory_evidence"
    case facilitating
    case facilitator
    case facilitators
    case flagged
    case focus
    case cycleFocus = "cycle_focus"
    case focusLimit = "focus_limit"
    case framework
    case from
    case gantt
    case goal
    case goals
    case groupCount = "group_count"
    case groups
    case hasAsOfNote = "has_as_of_note"
    case hasAttention = "has_attention"
    case hasBlockedBecause = "has_blocked_because"
    case hasBudget = "has_budget"
    case hasBy = "has_by"
    case hasChampion = "has_champion"
    case hasChampions = "has_champions"
    case hasColleagues = "has_colleagues"
    case hasComing = "has_coming"
    case hasDeferred = "has_deferred"
    case hasDistrictWide = "has_district_wide"
    case hasSharedNote = "has_shared_note"
    case hasEmail = "has_email"
    case hasFacilitator = "has_facilitator"
    case hasFocus = "has_focus"
    case hasGoal = "has_goal"
    case hasGroups = "has_groups"
    case hasHelp = "has_help"
    case hasHelpDesk = "has_help_desk"
    case hasLatest = "has_latest"
    case hasMeasure = "has_measure"
    case hasMeasures = "has_measures"
    case hasMilestones = "has_milestones"
    case hasMoreChampions = "has_more_champions"
    case hasMoreMilestones = "has_more_milestones"
    case hasNeeds = "has_needs"
    case hasNext = "has_next"
    case hasPrincipal = "has_principal"
    case hasPriorities = "has_priorities"
    case hasPilots = "has_pilots"
    case hasReason = "has_reason"
    case hasReserves = "has_reserves"
    case hasProgrammes = "has_programmes"
    case hasSchools = "has_schools"
    case hasSchoolShares = "has_school_shares"
    case hasSessions = "has_sessions"
    case hasStaff = "has_staff"
    case hasDistrictWideStaff = "has_district_wide_staff"
    case hasState = "has_state"
    case hasCarried = "has_carried"
    case hasStatus = "has_status"
    case hasOwner = "has_owner"
    case hasSupport = "has_support"
    case hasWarnings = "has_warnings"
    case hasWhy = "has_why"
    case hasWithout = "has_without"
    case help
    case helpDesk = "help_desk"
    case id
    case isChampion = "is_champion"
    case isReserve = "is_reserve"
    case kind
    case label
    case late
    case latest
    case latestOn = "latest_on"
    case location
    case measure
    case measures
    case memberCount = "member_count"
    case members
    /// "1 member of staff", "12 staff": a count of people in words that agree.
    case membersInWords = "members_in_words"
    case message
    case milestones
    case minutes
    case moreChampions = "more_champions"
    case moreMilestones = "more_milestones"
    case name
    case next
    case needsSupport = "needs_support"
    case onTrack = "on_track"
    case owner
    case peopleHtml = "people_html"
    case peopleMd = "people_md"
    case perStudent = "per_student"
    case place
    case principal
    case pilots
    case priorities
    case programme
    case programmes
    case progress
    case reason
    case reserves
    case role
    case school
    case schoolDays = "school_days"
    case schoolId = "school_id"
    case schoolShares = "school_shares"
    case schools
    case sessionExample = "session_example"
    case sessions
    case severity
    case sources
    case staff
    case start
    case state
    case status
    case students
    case summary
    case support
    case target
    case title
    case to
    case total
    case tracks
    case training
    case trend
    case unit
    case until
    case vision
    case visionHtml = "vision_html"
    case visionMd = "vision_md"
    case warnings
    case what
    case why
    case without
    case year
    case years
    // --- board ---
    /// A capped list's shown items, and how many more the district plan holds, in words.
    case items
    case hasItems = "has_items"
    case more
    case hasMore = "has_more"
    case decisions
    case lateSessions = "late_sessions"
    case hasLateSessions = "has_late_sessions"

    // --- families ---
    case language
    case languages
    case hasLanguages = "has_languages"
    case intro
    case months
    case changes
    case text
    case textHtml = "text_html"
    case textMd = "text_md"
    case hasText = "has_text"
    case hasGoals = "has_goals"
    case hasChanges = "has_changes"
    case feedback
    case hasFeedback = "has_feedback"
    case heading
    case phone
    case hasPhone = "has_phone"
    case url
    case hasUrl = "has_url"
    // Help's addresses as links (`ContactLinks`): HTML anchors, Markdown autolinks.
    case phoneHtml = "phone_html"
    case urlHtml = "url_html"
    case urlMd = "url_md"
    case emailHtml = "email_html"
    case emailMd = "email_md"
    case linkHtml = "link_html"
    case linkMd = "link_md"
    case notTranslated = "not_translated"
    case footer

    // --- voices ---
    case voices
    case hasVoices = "has_voices"
    case rows

    // --- tools (the district plan's Ecosystem section, a handout's tools) ---
    case ecosystem
    case tools
    case hasTools = "has_tools"
    case unvetted
    case scope
    case licences
    case use
    /// The latest count and its trend in words, where the HTML draws a sparkline.
    case useWords = "use_words"
    case low
    case lowWords = "low_words"
    case signIn = "sign_in"
    /// Every standard with its state in words, where the HTML draws the matrix.
    case standards
    case privacy
    case renewal
    case findings
    case hasFindings = "has_findings"
    case moreToolsWords = "more_tools_words"
    case hasMoreTools = "has_more_tools"
    /// Under a go/no-go gate before a rollout of a tool that is not ready: what must be true first.
    case mustBeTrue = "must_be_true"
    case hasMustBeTrue = "has_must_be_true"

    // Whole sentences filled in code from one key, so word order and agreement are the language's.
    case schoolDaysWords = "school_days_words"
    case moreMilestonesSentence = "more_milestones_sentence"
    case moreMilestonesLine = "more_milestones_line"
    case moreChampionsWords = "more_champions_words"
    case milestoneCounts = "milestone_counts"
    case progressLine = "progress_line"
    case milestonesDoneWords = "milestones_done_words"

    /// The names as templates write them.
    static let vocabulary: Set<String> = Set(allCases.map(\.rawValue))
}

extension HandoutViews.View {
    /// A view as Mustache reads it: keyed by name, all the way down through sections and lists.
    init(_ fields: HandoutViews.Fields) {
        self.init(uniqueKeysWithValues: fields.map { ($0.key.rawValue, Self.named($0.value)) })
    }

    private static func named(_ value: any Sendable) -> any Sendable {
        if let fields = value as? HandoutViews.Fields { return Self(fields) }
        if let list = value as? [HandoutViews.Fields] { return list.map(Self.init) }
        return value
    }
}
