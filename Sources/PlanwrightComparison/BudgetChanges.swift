import PlanwrightModel
import PlanwrightPlanning

/// How the budget changed between two versions: each fiscal year's total and the costs that
/// moved it, costs added, removed and changed, what each source pays, and the equity
/// comparison where a school that needs support crossed the district median. Amounts are
/// `Money`, written plain in JSON; `PlanDiffMarkdown` puts them in words.
public struct BudgetChanges: Sendable, Codable, Equatable {
    /// The new version's currency, which the words are written in.
    public var currency: Currency
    /// Only the years whose total or costs changed, first to last.
    public var years: [YearTotalChange]
    /// Costs of the new version only, and of the old version only, each in its version's order.
    public var added: [CostSummary]
    public var removed: [CostSummary]
    /// Costs of both versions whose amount, count, funding, first year or total changed.
    public var changed: [CostChange]
    /// Sources added, removed, given other amounts, or paying other amounts in some year.
    public var sources: [SourceChange]
    /// What no source pays (unfunded, or past a source's end), in the years it changed.
    public var unfunded: [YearAmountChange]
    public var equity: [EquityChange]

    public var isEmpty: Bool {
        years.isEmpty && added.isEmpty && removed.isEmpty && changed.isEmpty && sources.isEmpty && unfunded.isEmpty && equity.isEmpty
    }

    public static func none(_ currency: Currency) -> BudgetChanges {
        BudgetChanges(currency: currency, years: [], added: [], removed: [], changed: [], sources: [], unfunded: [], equity: [])
    }
}

/// An amount in one fiscal year, before and after.
public struct YearAmountChange: Sendable, Codable, Equatable {
    public var year: FiscalYear
    public var old: Money
    public var new: Money
    /// `new - old`, kept so a reader of the JSON need not subtract.
    public var change: Money

    public init(year: FiscalYear, old: Money, new: Money) {
        self.year = year
        self.old = old
        self.new = new
        change = new - old
    }
}

/// A fiscal year's total, before and after, with the largest of the costs that moved it.
public struct YearTotalChange: Sendable, Codable, Equatable {
    public var total: YearAmountChange
    /// The costs whose amount in this year changed, largest change first, at most `shown`.
    public var causes: [CostCause]
    /// The causes left out, and what they come to together.
    public var otherCauses: Int
    public var otherChange: Money

    /// Causes listed per year: a state-scale plan can change hundreds of costs in one year.
    public static let shown = 5
}

/// One cost's part in a year's change.
public struct CostCause: Sendable, Codable, Equatable {
    public var cost: CostName
    public var kind: CostChangeKind
    public var change: Money
}

public enum CostChangeKind: String, Sendable, Codable {
    case added, removed, changed
}

/// A cost as a reader finds it in the plan: its item, where it is written, where it is spent.
public struct CostName: Sendable, Codable, Equatable {
    public enum Origin: String, Sendable, Codable {
        /// A `costs:` line of a goal or milestone.
        case plan
        case support, training, champions
        /// A tool's yearly cost in the inventory.
        case tools
    }

    public var item: CostItem
    public var origin: Origin
    public var goal: String?
    public var milestone: String?
    /// The school's name when every line of the cost is at that one school.
    public var school: String?
}

/// A cost that only one version has.
public struct CostSummary: Sendable, Codable, Equatable {
    public var cost: CostName
    /// As the plan writes it: devices, infrastructure, support_staff, ...
    public var category: CostCategory
    /// What it comes to over the budget's years.
    public var total: Money
    /// The fiscal year of its first payment within the budget's years; nil when none falls in them.
    public var firstYear: FiscalYear?
    /// The names of the sources that pay it; empty when unfunded.
    public var funding: [String]
    /// For a per-unit cost: the unit, the units in all and the amount per unit.
    public var unit: CostUnit?
    public var units: Int?
    public var unitAmount: Money?
}

/// A value before and after; only set on a `CostChange` or `SourceChange` when it changed.
public struct Changed<Value: Sendable & Codable & Equatable>: Sendable, Codable, Equatable {
    public var old: Value?
    public var new: Value?

    /// nil when the two are the same.
    static func between(_ old: Value?, _ new: Value?) -> Changed? { old == new ? nil : Changed(old: old, new: new) }
}

/// A cost both versions have (matched by item, goal, milestone and origin) that changed.
public struct CostChange: Sendable, Codable, Equatable {
    public var cost: CostName
    public var unit: CostUnit?
    public var total: Changed<Money>?
    public var unitAmount: Changed<Money>?
    public var units: Changed<Int>?
    /// Source names.
    public var funding: Changed<[String]>?
    public var firstYear: Changed<FiscalYear>?
    /// The milestone it is written under, before and after, when it moved within its goal;
    /// nil on a side where it is the goal's own cost.
    public var milestone: Changed<String>? = nil
}

/// A source's terms, as the plan gives them, for telling what changed.
public struct SourceTerms: Sendable, Codable, Equatable {
    /// Its amount each year it covers.
    public var perYear: Money?
    /// A pooled total over its years.
    public var total: Money?
    public var perStudent: Money?
    public var floor: Money?
    /// The share it pays of each cost (a discount), when not all.
    public var discount: Share? = nil
    public var ends: SchoolDate?
    public var from: FiscalYear?
    public var to: FiscalYear?
}

public struct SourceChange: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    /// `changed` for a source of both versions.
    public var kind: CostChangeKind
    /// Set when the terms differ, or for a source only one version has (on its side).
    public var terms: Changed<SourceTerms>?
    /// What it pays, in each year where that changed.
    public var paid: [YearAmountChange]
}

/// A school that needs support whose spending per student crossed the district median.
public struct EquityChange: Sendable, Codable, Equatable {
    public var school: String
    public var perStudent: Changed<Money>
    public var median: Changed<Money>
    /// Below the median in the new version (it was not); false when it moved up to or above it.
    public var nowBelow: Bool
}
