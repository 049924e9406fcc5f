/// Words for the libxml2 errors Foundation's XML parser reports by number only.
enum XMLSyntax {
    /// libxml2's `xmlParserErrors` numbers of the mistakes hand-edited template files make most.
    private static let words: [Int: String] = [
        4: "the file is empty",
        5: "the document ends early or has content after its root element",
        23: "a character is not allowed here",
        38: "'<' inside an attribute value",
        39: "an attribute value has no opening quote",
        40: "an attribute value has no closing quote",
        41: "an attribute has no value",
        65: "a space is missing between attributes",
        68: "an element name is missing",
        73: "'>' is missing",
        76: "a closing tag does not match the open element",
        77: "an element is not closed",
    ]

    /// The reason for a parser error number.
    static func reason(code: Int) -> String {
        "XML syntax: \(words[code] ?? "error") (libxml2 error \(code))"
    }
}
