import PlanwrightDocument

/// A part of a source kept for one purpose, as the district divides it under the source's
/// rules: Title IV-A's well-rounded education, safe and healthy students, effective use of
/// technology and administration (ESEA §§4105-4109). The plan's costs charged to the source
/// draw on the purpose whose `categories` hold theirs; a cap limits some categories to a share
/// of the purpose (a share of a share: at most 15% of the technology part for infrastructure).
public struct FundingPurpose: Sendable {
    public var id: String
    public var name: String
    /// The share of the source the district keeps for it.
    public var share: Located<Share>
    /// What the source's rules require of that share, when they say.
    public var atLeast: Located<Share>?
    public var atMost: Located<Share>?
    /// The cost categories the plan's costs may draw on it for; empty for a purpose the plan
    /// does not spend from (its work is outside the plan).
    public var categories: [CostCategory]
    public var caps: [PurposeCap]
    public var location: SourceLocation

    public init(id: String, name: String, share: Located<Share>, atLeast: Located<Share>?, atMost: Located<Share>?,
                categories: [CostCategory], caps: [PurposeCap], location: SourceLocation) {
        self.id = id
        self.name = name
        self.share = share
        self.atLeast = atLeast
        self.atMost = atMost
        self.categories = categories
        self.caps = caps
        self.location = location
    }
}

/// At most `share` of a purpose's part for these categories together, such as devices,
/// infrastructure and software: what Title IV-A counts as technology infrastructure.
public struct PurposeCap: Hashable, Sendable {
    public var categories: [CostCategory]
    public var share: Share

    public init(categories: [CostCategory], share: Share) {
        self.categories = categories
        self.share = share
    }
}
