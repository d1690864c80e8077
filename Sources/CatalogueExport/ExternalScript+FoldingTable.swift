// Generated from `TextFolding.table` by ExternalPageTests; do not edit by hand. After a change
// to the table, run `CATALOGUE_RECORD_GOLDEN=1 swift test --filter ExternalPageTests` (that run
// fails on purpose), review the diff, and run the tests again.

extension ExternalScript {
    /// `TextFolding.table` as JavaScript: each letter (as a \u escape, so the script is ASCII) and what it folds to;
    /// then `TextFolding.looseSpellings`, the spellings words are compared in.
    static let foldingTable: StaticString = #"""
          var FOLD = {
            "\u00e6": "ae",
            "\u00f8": "oe",
            "\u00e5": "aa",
            "\u00e4": "ae",
            "\u00f6": "oe",
            "\u00fc": "u",
            "\u00df": "ss",
            "\u0153": "oe",
            "\u0142": "l",
            "\u0111": "d",
            "\u00f0": "d",
            "\u00fe": "th",
            "\u0131": "i",
          };
          var LOOSE = [["oe", "o"], ["aa", "a"], ["ae", "e"]];

        """#
}
