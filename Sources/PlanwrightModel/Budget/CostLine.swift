import PlanwrightDocument

/// What a cost is spent on; the business office's categories.
public enum CostCategory: String, CaseIterable, Sendable, Codable {
    case devices, infrastructure, software, supportStaff = "support_staff", training, stipends, other

    /// "support staff", as people say it.
    public var words: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

/// What a per-unit cost is counted in.
public enum CostUnit: String, CaseIterable, Sendable, Codable {
    case device, staff, student, school, seat

    /// Counted from the scope of the work it is on; devices and seats are counted by the plan.
    public var isCountedFromScope: Bool { self == .staff || self == .student || self == .school }
}

/// How often a cost is paid.
public enum CostRecurrence: String, CaseIterable, Sendable, Codable {
    case once, year, month
}

/// Which sources pay for a cost: one source, or a split that adds up to 100%.
public struct FundingSplit: Sendable {
    public var parts: [(source: Reference, share: Share)]
    public var location: SourceLocation

    public init(parts: [(source: Reference, share: Share)], location: SourceLocation) {
        self.parts = parts
        self.location = location
    }
}

/// A line of `costs:` on a goal or milestone.
public struct CostLine: Sendable {
    public var item: String
    public var category: CostCategory
    /// The amount per unit, or in all when `per` is nil; per payment when recurring.
    public var amount: Money
    public var per: CostUnit?
    /// How many units, where the plan says it; otherwise counted from the scope.
    public var count: Located<Int>?
    public var every: CostRecurrence
    /// When it is paid (the first payment of a recurring cost); nil for when its work starts.
    public var on: Located<SchoolDate>?
    /// The last day a recurring cost is paid; nil for the budget's last year.
    public var until: Located<SchoolDate>?
    /// Nil when the plan says nothing: the cost is unfunded.
    public var funding: FundingSplit?
    /// Replaced every this many years from its purchase (devices, infrastructure).
    public var refresh: Located<Int>?
    /// What has been spent on it so far.
    public var spent: Money?
    public var location: SourceLocation
    /// The grades it is for, narrowing its work's (`grades: 3-6`): per student, only those
    /// grades' students are counted; per staff, only staff teaching them. Nil for the work's own.
    public var grades: Located<GradeSet>? = nil
}
