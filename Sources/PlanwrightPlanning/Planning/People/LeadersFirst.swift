/// The order a programme's groups are placed in: first the groups where several of its leaders
/// (champions who co-facilitate, pilot participants who co-lead) train together, the champions'
/// own session; then the rest in their order. Placed last, such a group found every day taken by
/// the sessions its members co-facilitate ("Leading: 4 staff, sessions: none placed" in a
/// district with one champion per school); placed first, it takes its day, and the champions
/// lead the other groups around it, never in the same slot. A group with one leader in it keeps
/// its place: that champion's time is better spent leading the groups that need them, who meet
/// without them otherwise. Outputs keep the groups' own order: this only orders who picks days first.
enum LeadersFirst {
    static func order(_ groups: [TrainingGroup]) -> [Int] {
        let leaders = Set(groups.compactMap(\.facilitator) + groups.flatMap(\.coLeaders))
        let together = { (group: TrainingGroup) in group.members.filter(leaders.contains).count >= 2 }
        return groups.indices.sorted { a, b in
            let aFirst = together(groups[a]), bFirst = together(groups[b])
            return aFirst != bFirst ? aFirst : a < b
        }
    }
}
