import CatalogueModel

/// The style sheets of the external web version. The same sheet is inlined in the page, leads
/// the fragment, and is exported as `external.css` for a CMS that strips `<style>`.
enum ExternalStyle {
    /// The id of the external version's root element, which every rule below starts from.
    static let rootID = "kat-katalog"

    /// Page-level style for the complete page only.
    static let page: StaticString = """

        html { background: #fff; }
        body { margin: 0; }
        body > #kat-katalog { max-width: 52em; margin: 0 auto; padding: 1em; }

        """

    /// The style of the content, made to survive a CMS page's own style sheet:
    /// - every rule starts from the root's id, so it outweighs the host's element and class
    ///   rules (`h3 { font-style: italic }`, `.entry p { margin: 2em }`) wherever it stands;
    /// - every element inside first goes back to the browser's own style (`all: revert`), which
    ///   undoes whatever the host set on `h2`, `ul`, `a`, `details`, `*` and so on, and so does
    ///   every `::before` and `::after` (the Danish design system DKFDS draws list bullets with
    ///   `ul > li::before`, which would put a second bullet before every item);
    /// - sizes come from `font-size: medium` on the root (the reader's chosen size) in `em`, never
    ///   `rem`, so a host's `html { font-size: 62.5% }` changes nothing;
    /// - class names and ids start with `kat-`, so the host's `.contact`, `.links` or `#emner` never match.
    /// Colours keep at least 4.5:1 contrast, links are always underlined, focus is always visible,
    /// and one column fits 320 px. The content reads the same without any of it.
    static let sheet: StaticString = """

        #kat-katalog, #kat-katalog *, #kat-katalog *::before, #kat-katalog *::after { all: revert; }
        #kat-katalog *, #kat-katalog *::before, #kat-katalog *::after { box-sizing: border-box; }
        #kat-katalog { --kat-ink: #1b1b1b; --kat-muted: #4a4a4a; --kat-accent: #0b4f8a; --kat-rule: #c8c8c8; --kat-tint: #eef3f8;
          display: block; float: none; position: static; width: auto; max-width: 100%; margin: 0; padding: 0; border: 0;
          font: normal 400 medium/1.5 "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--kat-ink); background: #fff;
          text-align: left; text-transform: none; text-indent: 0; letter-spacing: normal; word-spacing: normal;
          white-space: normal; overflow-wrap: break-word; }
        #kat-katalog a[href] { color: var(--kat-accent); text-decoration: underline; text-underline-offset: .15em; overflow-wrap: anywhere; }
        #kat-katalog a[href]:hover { text-decoration-thickness: 2px; }
        #kat-katalog :focus-visible { outline: 3px solid var(--kat-accent); outline-offset: 2px; }
        #kat-katalog h1, #kat-katalog h2, #kat-katalog h3, #kat-katalog h4, #kat-katalog h5, #kat-katalog h6 {
          color: var(--kat-ink); font-weight: bold; line-height: 1.25; }
        #kat-katalog h1 { font-size: 2em; margin: .2em 0 .4em; }
        #kat-katalog h2 { font-size: 1.5em; margin: 1.5em 0 .4em; }
        #kat-katalog h3 { font-size: 1.125em; margin: 0 0 .25em; }
        #kat-katalog h4, #kat-katalog h5, #kat-katalog h6 { font-size: 1em; margin: .75em 0 .25em; }
        #kat-katalog p, #kat-katalog dl { margin: .5em 0; }
        #kat-katalog ul { margin: .5em 0; padding-left: 1.25em; list-style: disc; }
        #kat-katalog .kat-skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: .5em 1em; }
        #kat-katalog .kat-skip:focus { left: 1em; z-index: 10; }
        #kat-katalog .kat-organisation { font-weight: bold; color: var(--kat-accent); margin: 0; }
        #kat-katalog .kat-logo { display: block; max-width: 18em; max-height: 4.5em; margin: 0 0 1em; }
        #kat-katalog .kat-one-entry { background: var(--kat-tint); border-left: .4em solid var(--kat-accent); padding: .75em 1em; margin: 1em 0; }
        #kat-katalog .kat-one-entry h2 { margin-top: 0; font-size: 1.25em; }
        #kat-katalog .kat-fields > div { display: flex; flex-wrap: wrap; column-gap: .75em; }
        #kat-katalog .kat-fields dt { font-weight: bold; min-width: 6.5em; }
        #kat-katalog .kat-fields dd { margin: 0; }
        #kat-katalog .kat-area-links { display: flex; flex-wrap: wrap; gap: .25em 1.25em; padding: 0; list-style: none; }
        #kat-katalog .kat-area-links a { display: inline-block; padding: .2em 0; }
        #kat-katalog .kat-filter { margin: 1em 0; }
        #kat-katalog .kat-filter label { display: block; font-weight: bold; }
        #kat-katalog .kat-filter input { width: 100%; max-width: 30em; font: inherit; color: inherit; background: #fff; margin: .25em 0 0;
          padding: .4em .5em; border: 2px solid var(--kat-muted); border-radius: .2em; }
        #kat-katalog .kat-status { font-weight: bold; }
        #kat-katalog .kat-hint, #kat-katalog .kat-keywords { color: var(--kat-muted); font-size: .9375em; }
        #kat-katalog .kat-task { border: 1px solid var(--kat-rule); border-radius: .3em; padding: .75em 1em; margin: .75em 0; }
        #kat-katalog .kat-people { margin: .25em 0; }
        #kat-katalog .kat-name { font-weight: bold; }
        #kat-katalog .kat-tel { white-space: nowrap; }
        #kat-katalog .kat-contact { margin: .25em 0; }
        #kat-katalog .kat-more { margin: .5em 0 0; }
        #kat-katalog .kat-more > summary { display: list-item; cursor: pointer; color: var(--kat-accent); font-weight: bold; width: fit-content; }
        #kat-katalog .kat-more[open] > summary { margin-bottom: .25em; }
        #kat-katalog .kat-index-groups { columns: 14em 3; column-gap: 2em; }
        #kat-katalog .kat-index-groups section { break-inside: avoid-column; }
        #kat-katalog .kat-index-groups h3 { margin: .75em 0 .25em; break-after: avoid; }
        #kat-katalog .kat-index-groups ul { list-style: none; padding: 0; margin: 0; }
        #kat-katalog .kat-term { font-weight: bold; }
        #kat-katalog .kat-footer { border-top: 1px solid var(--kat-rule); margin-top: 2em; padding-top: .5em; color: var(--kat-muted); }
        #kat-katalog [hidden] { display: none; }
        @media print {
          #kat-katalog .kat-filter { display: none; }
          #kat-katalog .kat-task { break-inside: avoid; }
        }

        """
}
