/// What a dictionary form found in text stands for.
public enum DictionaryEntry: Hashable, Sendable {
    /// A state's name, demonym or capital; several countries for `~` forms.
    case country([Int], CountryForm)
    case organization(Int)
    case role(Int)
    /// A named actor from a user dictionary.
    case named(Int)
}
