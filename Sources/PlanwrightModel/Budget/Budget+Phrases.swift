import PlanwrightDocument

// The budget's facts as phrases of the strings files, so a message names a category, a fiscal
// year or an amount in the reader's language ("support staff", "personal de apoyo"; "FY2027",
// "AF2027"; "$1,200").

extension CostCategory {
    /// The category as a message names it: "support staff".
    public var phrase: Message {
        switch self {
        case .devices: Message("budget_category_devices")
        case .infrastructure: Message("budget_category_infrastructure")
        case .software: Message("budget_category_software")
        case .supportStaff: Message("budget_category_support_staff")
        case .training: Message("budget_category_training")
        case .stipends: Message("budget_category_stipends")
        case .other: Message("budget_category_other")
        }
    }
}

extension CostUnit {
    /// "480 devices", "1 school": a count of units agreeing with its number, in the reader's language.
    public func phrase(_ count: Int) -> Message {
        switch self {
        case .device: Message("cost_unit_devices", count: count)
        case .staff: Message("cost_unit_staff", count: count)
        case .student: Message("cost_unit_students", count: count)
        case .school: Message("cost_unit_schools", count: count)
        case .seat: Message("cost_unit_seats", count: count)
        }
    }
}

extension FiscalYear {
    /// "FY2027" in English, "AF2027" in Spanish. The year is digits, never grouped as a number.
    public var phrase: Message { Message("fiscal_year", ["year": .text(String(endingYear))]) }

    /// "FY2027–FY2031", or "FY2027" when it is one year: `span(_:_:)` in the reader's language.
    public static func spanPhrase(_ first: FiscalYear, _ last: FiscalYear) -> Message {
        first == last ? first.phrase : Message("fiscal_year_span", ["first": .message(first.phrase), "last": .message(last.phrase)])
    }
}

extension Currency {
    /// An amount in this currency, for a message to write as the reader's language writes money.
    public func value(_ money: Money) -> Message.Value { .money(cents: money.cents, currency: code) }
}
