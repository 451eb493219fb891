/// A milestone's or a progress entry's `done_on`, kept with where it was written so a
/// warning about the day can point at it.
struct DoneOnDate {
    let milestone: String
    let date: Located<SchoolDate>
}
