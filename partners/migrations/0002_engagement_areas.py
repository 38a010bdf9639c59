"""The areas of engagement named in the Alliance's founding agreement (DESIGN.md §2)."""

from django.db import migrations

AREAS = [
    ("dostep-do-internetu", "dostęp do Internetu na obszarach wiejskich"),
    ("e-integracja", "e-integracja i przeciwdziałanie wykluczeniu cyfrowemu"),
    ("e-administracja", "e-administracja"),
    ("edukacja", "edukacja"),
    ("opieka-spoleczna", "opieka społeczna"),
    ("ochrona-zdrowia", "ochrona zdrowia"),
    ("przedsiebiorczosc", "przedsiębiorczość"),
    ("lokalne-grupy-dzialania", "wsparcie Lokalnych Grup Działania"),
]


def create_areas(apps, schema_editor):
    EngagementArea = apps.get_model("partners", "EngagementArea")
    for position, (slug, name) in enumerate(AREAS):
        EngagementArea.objects.update_or_create(slug=slug, defaults={"name": name, "sort_order": position})


def remove_areas(apps, schema_editor):
    EngagementArea = apps.get_model("partners", "EngagementArea")
    EngagementArea.objects.filter(slug__in=[slug for slug, _name in AREAS]).delete()


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_initial")]

    operations = [migrations.RunPython(create_areas, remove_areas)]
