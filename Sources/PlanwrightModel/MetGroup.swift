import PlanwrightDocument

/// A training group that has met, with its members as they met (`training: groups:`). The
/// plan's staff change (hires, leavers, comfort re-rated), and the groups would be split anew
/// from them; a group recorded here keeps these people, so whoever attended keeps their group
/// and every session recorded as held keeps its id. Ids naming no staff member any more are
/// people who left: their record stays, and they are no longer listed.
public struct MetGroup: Sendable {
    /// The group's id as outputs print it: `dev-rollout.starting-cbe-1`.
    public var group: Located<String>
    public var members: [Reference]

    public init(group: Located<String>, members: [Reference]) {
        self.group = group
        self.members = members
    }
}
