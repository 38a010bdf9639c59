"""Replace Wagtail's "Welcome" page with the library's homepage, so a fresh site is ours from the start."""

from django.db import migrations

TITLE = "Miejska Biblioteka Publiczna im. Zbigniewa Załuskiego w Gryficach"


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    page_content_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    # Deleting the welcome page also deletes the default site pointing at it.
    Page.objects.filter(content_type=page_content_type, slug="home", depth=2).delete()
    if HomePage.objects.exists():
        return

    homepage_content_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.order_by("pk").first() or Locale.objects.create(language_code="pl")
    homepage = HomePage.objects.create(
        title=TITLE,
        draft_title=TITLE,
        slug="strona-glowna",
        content_type=homepage_content_type,
        locale=locale,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/strona-glowna/",
        hero_heading=TITLE,
        latest_news_count=3,
        live=True,
    )
    Site.objects.get_or_create(
        hostname="localhost",
        port=80,
        defaults={"root_page": homepage, "is_default_site": True, "site_name": "MBP w Gryficach"},
    )


def remove_homepage(apps, schema_editor):
    HomePage = apps.get_model("home.HomePage")
    HomePage.objects.filter(slug="strona-glowna", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
