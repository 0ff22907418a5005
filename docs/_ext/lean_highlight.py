"""Code blocks without the spans that change nothing.

Pygments wraps every token of a code block in a span that names its kind,
for the stylesheet to colour. In both of the theme's styles (light and
dark) a name, a punctuation mark or a namespace looks exactly like plain
code text, so their spans change nothing a reader sees, yet they were 58 %
of all elements of the code-heavy pages (conv2d: 14,969 elements, 10,769 of
them code spans): every browser, and every test that audits a page, walks
them. This drops the span of each kind whose style equals plain text's in
both styles (found from the styles, so another theme style keeps its
colours); tests/test_site.py checks the stylesheet against the HTML.

Sphinx lets a builder's highlighter take another formatter class
(`PygmentsBridge.formatter`); Pygments has no option for it (its inline
styles, `noclasses`, would leave spans out the same way, but cannot follow
the theme's switch to dark mode).
"""

from pygments.styles import get_all_styles, get_style_by_name
from pygments.token import STANDARD_TYPES, Token


def theme_styles(app):
    """The Pygments styles of the theme's light and dark modes, chosen as
    pydata-sphinx-theme chooses them (its pygments.py), or None where
    that theme would fall back to another."""
    options = app.builder.theme.get_options(app.config.html_theme_options)
    names = [options.get(f"pygments_{mode}_style") for mode in
             ("light", "dark")]
    if not all(name in set(get_all_styles()) for name in names):
        return None
    return [get_style_by_name(name) for name in names]


def plain_types(styles):
    """The kinds of token that look like plain code text in every style."""
    return frozenset(
        kind for kind in STANDARD_TYPES if kind is not Token and all(
            style.style_for_token(kind) == style.style_for_token(Token.Text)
            for style in styles))


def use_lean_formatter(app):
    if app.builder.format != "html":
        return
    styles = theme_styles(app)
    if styles is None:
        return  # a style the theme replaces: keep every span

    class LeanFormatter(app.builder.highlighter.formatter):
        plain = plain_types(styles)

        def _get_css_classes(self, ttype):
            if ttype in self.plain:
                return ""
            return super()._get_css_classes(ttype)

    app.builder.highlighter.formatter = LeanFormatter


def setup(app):
    app.connect("builder-inited", use_lean_formatter)
    return {"parallel_read_safe": True, "parallel_write_safe": True}

