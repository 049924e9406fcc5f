import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Counts the elements an SVG draws once every `<use>` is expanded, before librsvg sees it.
///
/// Each `<use>` draws its target again, so a few nested groups that use each other twice make millions of elements
/// from a 2 KB file. librsvg stops at 500,000 referenced elements, but only after seconds of work, and a file just under
/// its limit takes seconds more to draw into every page; a logo needs a few hundred, so a far smaller budget is checked
/// here first, in one pass over the markup.
enum SVGUseBudget {
    /// The most elements a logo may draw, references expanded.
    static let limit = 20_000

    /// The number of elements drawn, counted up to just past `limit` (a larger count stops there); nil when the
    /// markup is not XML, which librsvg then reports in its own words.
    static func expandedCount(of data: Data) -> Int? {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        let parsed = parser.parse()
        if collector.overflowed { return limit + 1 }
        guard parsed else { return nil }
        var sizes: [Int: Int] = [:]
        var open: Set<Int> = []
        return collector.elements.isEmpty ? 0 : collector.size(of: 0, sizes: &sizes, open: &open)
    }

    /// The elements of the document in order, with their children, ids and `<use>` targets.
    private final class Collector: NSObject, XMLParserDelegate {
        struct Element {
            var children: [Int] = []
            var target: String?
        }

        var elements: [Element] = []
        /// Far deeper than any logo nests its groups and references.
        static let maximumDepth = 512
        var ids: [String: Int] = [:]
        /// Set when the markup alone holds more elements than the budget, and reading stopped.
        var overflowed = false
        private var stack: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let index = elements.count
            var element = Element()
            let local = name.split(separator: ":").last.map(String.init) ?? name
            if local == "use", let href = attributes["xlink:href"] ?? attributes["href"], href.hasPrefix("#") {
                element.target = String(href.dropFirst())
            }
            elements.append(element)
            if let id = attributes["id"], ids[id] == nil { ids[id] = index }
            if let parent = stack.last { elements[parent].children.append(index) }
            stack.append(index)
            // The markup itself can hold more elements than the budget: stop reading it.
            if elements.count > SVGUseBudget.limit {
                overflowed = true
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        /// Elements drawn by element `index` and what it contains and uses, saturating just past the limit; a `<use>`
        /// that refers back to an element still being counted (a cycle, which librsvg refuses), or a chain of elements and
        /// references deeper than `maximumDepth`, counts as over the limit, so the count's own recursion stays shallow.
        func size(of index: Int, sizes: inout [Int: Int], open: inout Set<Int>) -> Int {
            if let known = sizes[index] { return known }
            guard open.count < Self.maximumDepth, open.insert(index).inserted else { return SVGUseBudget.limit + 1 }
            defer { open.remove(index) }
            var total = 1
            for child in elements[index].children where total <= SVGUseBudget.limit {
                total += size(of: child, sizes: &sizes, open: &open)
            }
            if let target = elements[index].target, let referenced = ids[target], total <= SVGUseBudget.limit {
                total += size(of: referenced, sizes: &sizes, open: &open)
            }
            total = min(total, SVGUseBudget.limit + 1)
            sizes[index] = total
            return total
        }
    }
}
