import PlanwrightDocument

/// In-person support planned as capacity (pitfall 1): a technician's days at schools, help-desk
/// coverage, and what it costs. One entry under `support:` may cover several schools; each gets
/// its own days. An entry that names no schools is one service for the whole district, counted once.
public struct SupportResource: Sendable {
    /// What the support is, such as "On-site technician".
    public var what: String
    /// The schools it is for, each with its own days and cost; empty means the district as a
    /// whole (one service, counted and paid once).
    public var schools: [Reference]
    /// Days on site each school week, in tenths of a day (2.5 days is 25).
    public var tenthsOfDaysPerWeek: Int
    /// Help-desk hours or coverage, as people should read it.
    public var helpDesk: String?
    /// What one day on site costs; nil when the support costs the plan nothing (district staff).
    public var costPerDay: Money?
    /// A yearly cost per school beyond the days, such as a help-desk contract.
    public var costPerYear: Money?
    public var funding: FundingSplit?
    public var from: Located<SchoolDate>?
    public var until: Located<SchoolDate>?
    public var location: SourceLocation
}

/// What training costs, under `training: costs:`: a stipend or substitute cover for each
/// participant and each facilitator, for each session.
public struct TrainingCosts: Sendable {
    public var participant: Money?
    public var facilitator: Money?
    /// `stipends` (the default) or `training`.
    public var category: CostCategory
    public var funding: FundingSplit?
    public var location: SourceLocation
}

/// A champion's yearly stipend, under `champions: stipend:`.
public struct ChampionStipend: Sendable {
    public var amount: Money
    public var funding: FundingSplit?
    public var location: SourceLocation
}
