/// The budget's keys: what the work costs, who pays, and the rules the money comes with.
extension PlanShapes {
    static let costCategories = CostCategory.allCases.map(\.rawValue)

    public static let budget = MappingShape("budget", "How the budget is counted.", singleton: true, [
        .optional("currency", .text, "The currency's three-letter code, such as USD (the default) or CAD."),
        .optional("fiscal_year_start", .text, "The first day of the district's fiscal year, written MM-DD, such as 07-01 (the default). FY2027 is the fiscal year ending in 2027."),
        .optional("years", .integer(1...10), "How many fiscal years the budget looks ahead, from the one the school year starts in. Default 5."),
    ])

    /// A cost's or support's payer: one source's id, or shares of several that add up to 100%.
    static let fundingSplit = Shape.oneOf([.identifier, .dictionary(key: "funding source id", value: .share)])

    static let perStudentBudget = MappingShape("per-student budget", "A district-wide budget from the district's enrolled students, with a floor for each school.", singleton: true, [
        .required("amount", .money, "The amount per enrolled student over the budget's years, such as 201.57 for E-Rate Category 2 in FY2026-FY2030."),
        .optional("floor", .money, "The least each school counts for, however few students it has, such as 30,175: the budget is at least this times the number of schools."),
        .optional("add_school_budgets", .boolean, "yes for a district of 10 schools or fewer that adds each school's own budget (its students times the amount, at least the floor) instead."),
    ])

    static let purposeCap = MappingShape("purpose cap", "At most a share of the purpose's part for some categories together.", [
        .required("categories", .list(.choice(costCategories)), "The categories counted together, such as [devices, infrastructure, software] for Title IV-A's technology infrastructure."),
        .required("at_most", .share, "The most of the purpose's part they may take, such as 15% (ESEA §4109(b))."),
    ])

    static let purpose = MappingShape("purpose", "A part of the source kept for one purpose, such as Title IV-A's effective use of technology.", [
        .required("id", .identifier, "A short id, such as technology."),
        .required("name", .text, "The purpose's name, such as Effective use of technology."),
        .required("share", .share, "The share of the source the district keeps for it, such as 58%."),
        .optional("at_least", .share, "The least share the source's rules allow, such as 20% for Title IV-A's well-rounded education (ESEA §4106)."),
        .optional("at_most", .share, "The most share the source's rules allow, such as 2% for Title IV-A's administration (ESEA §4105)."),
        .optional("categories", .list(.choice(costCategories)), "The cost categories the plan's costs charged to the source draw on it for. Default: none (the purpose's work is outside the plan)."),
        .optional("caps", .list(.mapping(purposeCap)), "Categories limited together to a share of this part, such as technology infrastructure at 15%."),
    ])

    static let restrictions = MappingShape("restrictions", "The rules a source's money comes with.", singleton: true, [
        .optional("max_share", .dictionary(key: "category", value: .share),
                  "The most of the source a category may take, such as infrastructure: 15% for Title IV-A's technology share."),
        .optional("per_student", .mapping(perStudentBudget), "A district-wide budget from its students, with a floor per school (E-Rate Category 2); it caps the cost before any discount."),
        .optional("discount", .share, "The share of each cost charged to it that the source pays, such as 80% for an E-Rate discount; the rest is paid by 'rest_paid_by'."),
        .optional("rest_paid_by", .identifier, "The funding source that pays what a discount leaves, such as general-fund."),
        .optional("purposes", .list(.mapping(purpose)), "The source divided by purpose, each part with its rules: Title IV-A's well-rounded, safe and healthy, technology and administration shares."),
        .optional("minimums_from", .money, "The yearly amount from which each purpose's 'at_least' holds, such as 30,000 for Title IV-A (ESEA §4106)."),
        .optional("ends", .date, "The last day the money can be spent, for a grant that ends."),
    ])

    public static let fundingSource = MappingShape("funding source", "Money the district can spend on the plan.", [
        .required("id", .identifier, "A short id costs name in 'funding'."),
        .required("name", .text, "The source's name, such as Title IV-A."),
        .optional("amount", .money, "The amount in each fiscal year it covers."),
        .optional("total", .money, "Or one sum over all the years it covers (from-to), spent in any of them."),
        .optional("from", .fiscalYear, "The first fiscal year it covers. Default: every year of the budget."),
        .optional("to", .fiscalYear, "The last fiscal year it covers. Default: every year of the budget."),
        .optional("restrictions", .mapping(restrictions), "Rules the planner enforces: max_share, per_student, discount, ends."),
    ])

    public static let cost = MappingShape("cost", "What a piece of work costs and who pays.", [
        .required("item", .text, "What is bought, such as 'Canvas licences'."),
        .required("category", .choice(costCategories), "devices, infrastructure, software, support_staff, training, stipends or other."),
        .required("amount", .money, "The amount, per unit when 'per' is given, per payment when it recurs."),
        .optional("per", .choice(CostUnit.allCases.map(\.rawValue)),
                  "device, staff, student, school or seat: staff, students and schools are counted from the work's scope."),
        .optional("count", .integer(0...10_000_000), "How many units: needed for devices and seats; for staff, students and schools it replaces the count from the scope."),
        .optional("every", .choice(CostRecurrence.allCases.map(\.rawValue)), "once (the default), year or month."),
        .optional("on", .date, "When it is paid (the first payment when it recurs). Default: when its work starts; for a goal, the first day of school."),
        .optional("until", .date, "The last day a recurring cost is paid. Default: the budget's last year."),
        .optional("funding", fundingSplit, "The source that pays, or shares of several, such as {title-iv-a: 60%, general-fund: 40%}. Unfunded when not given."),
        .optional("refresh", .integer(1...20), "Devices and infrastructure: replaced every this many years from 'on', at the same cost."),
        .optional("spent", .money, "What has been spent on it so far, for 'planwright status'."),
        .optional("grades", .oneOf([.text, .list(.text)]),
                  "The grades it is for, such as 3-6, within its work's: per student it counts only those grades' students at each school, per staff only staff teaching them. Default: its work's grades."),
    ])

    public static let support = MappingShape("support", "In-person support planned as capacity at schools.", [
        .required("what", .text, "The support, such as 'On-site technician'."),
        .optional("schools", .list(.identifier), "The schools it is for, each with its own days and cost. Default: the district as a whole, counted once."),
        .optional("days_per_week", .number(0...5), "Days on site each week, at each school named (or for the whole district), such as 2 or 0.5."),
        .optional("help_desk", .text, "Help-desk coverage, such as 'weekdays 7:30-16:00, by phone and ticket'."),
        .optional("cost_per_day", .money, "What a day on site costs."),
        .optional("cost_per_year", .money, "A yearly cost for each school named (or once for the whole district), such as a help-desk contract."),
        .optional("funding", fundingSplit, "Who pays."),
        .optional("from", .date, "When the support begins. Default the first day of school."),
        .optional("until", .date, "When it ends. Default: it goes on through the budget's last year."),
    ])

    static let trainingCosts = MappingShape("training costs", "What each training session costs per person.", singleton: true, [
        .optional("participant", .money, "Per participant per session: a stipend, or substitute cover."),
        .optional("facilitator", .money, "Per facilitator per session."),
        .optional("category", .choice([CostCategory.stipends.rawValue, CostCategory.training.rawValue]), "stipends (the default) or training."),
        .optional("funding", fundingSplit, "Who pays."),
    ])

    static let championStipend = MappingShape("champion stipend", "What each champion is paid a year.", singleton: true, [
        .required("amount", .money, "The stipend per champion per school year."),
        .optional("funding", fundingSplit, "Who pays."),
    ])
}
