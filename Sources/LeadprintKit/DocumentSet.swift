import DisplayList
import Documents
import Typesetting

/// Several documents of one kind printed as one file, their pages one after another (cards of several series).
struct DocumentSet: Document {
    static let kind = "set"
    let members: [any Document]
    let title: String

    init(_ members: [any Document], title: String) { self.members = members; self.title = title }

    func pages(typesetter: Typesetter) throws -> PageStream {
        var remaining = members[...]
        var current: PageStream?
        return PageStream {
            while true {
                if var stream = current {
                    let page = try stream.next()
                    current = stream
                    if let page { return page }
                }
                guard let next = remaining.popFirst() else { return nil }
                current = try next.pages(typesetter: typesetter)
            }
        }
    }
}
