/// The framework file, key by key.
public enum FrameworkShapes {
    public static let band = MappingShape("band", "A named range of levels.", [
        .required("name", .text, "The band's name."),
        .required("from", .integer(0...100), "The first level number."),
        .required("to", .integer(0...100), "The last level number."),
    ])

    public static let scale = MappingShape("scale", "The rating scale.", singleton: true, [
        .required("levels", .list(.text), "Level names, lowest first: 3 to 11."),
        .optional("first_number", .integer(0...1), "The number of the lowest level. Default 1."),
        .optional("bands", .list(.mapping(band)), "Named ranges of levels."),
    ])

    public static let step = MappingShape("milestone step", "A step that raises an indicator one level.", [
        .required("title", .text, "What is done."),
        .required("days", .integer(1...400), "School days of work."),
        .required("kind", .choice(PlanShapes.milestoneKinds), "pilot, gate, rollout, training, review or task."),
        .optional("owner", .text, "The role that usually owns it."),
        .optional("description", .markdown, "More detail (Markdown)."),
    ])

    public static let indicator = MappingShape("indicator", "Something the district rates itself on.", [
        .required("id", .identifier, "Unique id, used in plans' ratings."),
        .required("name", .text, "The indicator's name."),
        .optional("weight", .number(NumberRange.weight), "Priority weight. Default 1."),
        .optional("requires", .list(.identifier), "Indicators to establish first."),
        .optional("concerns", .list(.choice(IndicatorConcern.allCases.map(\.rawValue))),
                  "What its work is about: infrastructure, support. Marks the work flagged schools need planned first."),
        .optional("evidence_from", .list(.choice(InventoryFigure.allCases.map(\.rawValue))),
                  "Figures of the plan's tool inventory its evidence shows: tools, tools_integration, tools_utilization."),
        .required("levels", .list(.text), "What each level looks like, one per level of the scale."),
        .required("milestones", .list(.mapping(step)), "Steps that raise it one level."),
    ])

    public static let domain = MappingShape("domain", "A group of indicators.", [
        .required("id", .identifier, "Unique id."),
        .required("name", .text, "The domain's name."),
        .optional("summary", .markdown, "What the domain covers."),
        .required("indicators", .list(.mapping(indicator)), "Its indicators."),
    ])

    public static let framework = MappingShape("framework", "An improvement framework.", singleton: true, [
        .required("planwright_framework", .integer(1...1), "Format version: 1."),
        .required("id", .identifier, "The framework's id."),
        .required("name", .text, "The framework's name."),
        .optional("summary", .markdown, "What it is for."),
        .required("scale", .mapping(scale), "The rating scale."),
        .required("domains", .list(.mapping(domain)), "Domains of indicators."),
        .optional("roles", .dictionary(key: "owner role", value: .list(.text)),
                  "For each owner role of the steps, the words in a team member's role title that mean it, tried in order."),
    ])
}
