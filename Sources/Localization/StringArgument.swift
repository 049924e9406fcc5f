/// A value put into a string's `{placeholder}`: text as given, numbers in the language's digits and separators.
public enum StringArgument: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// Text, inserted as is (names, labels, codes).
    case text(String)
    /// A whole number, formatted for the language; a `count` argument also picks the plural form.
    case number(Int)
    /// A decimal number with a fixed count of fraction digits, formatted for the language.
    case decimal(Double, fractionDigits: Int)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
}
