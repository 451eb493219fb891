import PlanwrightDocument
import PlanwrightModel

/// What a cost is spent on, as the business office says it, in the page's language:
/// "support staff", "personal de apoyo".
enum CostCategoryWords {
    static func name(_ category: CostCategory, _ w: Wording) -> String {
        switch category {
        case .devices: w(.costCategoryDevices)
        case .infrastructure: w(.costCategoryInfrastructure)
        case .software: w(.costCategorySoftware)
        case .supportStaff: w(.costCategorySupportStaff)
        case .training: w(.costCategoryTraining)
        case .stipends: w(.costCategoryStipends)
        case .other: w(.costCategoryOther)
        }
    }
}

/// What a per-unit cost is counted in, agreeing with its count: "480 devices", "1 school".
enum CostUnitWords {
    static func count(_ unit: CostUnit, _ n: Int, _ w: Wording) -> String { w.say(unit.phrase(n)) }

    /// An amount for one unit: "$875 per device".
    static func per(_ unit: CostUnit, _ amount: String, _ w: Wording) -> String {
        switch unit {
        case .device: w(.costPerDevice, ["amount": amount])
        case .staff: w(.costPerStaff, ["amount": amount])
        case .student: w(.costPerStudent, ["amount": amount])
        case .school: w(.costPerSchool, ["amount": amount])
        case .seat: w(.costPerSeat, ["amount": amount])
        }
    }
}
