"""Template helpers of the partner directory."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# Inside <script> only these could end the element or open a comment: JSON allows their \u form.
# "@" too, so that e-mail addresses in the data are not plain text for harvesters.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("@"): "\\u0040",
}


@register.simple_tag
def json_ld(data: str) -> SafeString:
    """A schema.org block from JSON text; user data cannot close the script element."""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(str(data).translate(_SCRIPT_ESCAPES)),
    )


def _entities(text: str) -> str:
    return "".join(f"&#{ord(char)};" for char in text)


@register.simple_tag
def email_link(address: str) -> SafeString:
    """A mailto link written as character references: browsers and screen readers read the
    address as usual, while harvesters scanning the HTML for "mailto:" or "@" find nothing."""
    if not address:
        return mark_safe("")
    return mark_safe(f'<a href="{_entities("mailto:" + address)}">{_entities(address)}</a>')
