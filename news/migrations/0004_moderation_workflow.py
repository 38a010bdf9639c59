"""Groups "Redaktorzy" and "Moderatorzy" and the two-step "Moderacja aktualności" workflow:
editors write news and submit them, moderators approve and publish. Idempotent: running it on a
database that already has the groups or the workflow changes nothing an administrator edited."""

from django.db import migrations

EDITORS = "Redaktorzy"
MODERATORS = "Moderatorzy"
WORKFLOW = "Moderacja aktualności"
TASK = "Akceptacja moderatora"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "choose_document"]),
]
MODERATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
]


def _permission(apps, app_label: str, model: str, codename: str):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    # On a fresh database Django creates permissions only after all migrations: make them now.
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def _set_up_group(apps, name, page_permissions, collection_permissions, model_permissions):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    group, created = Group.objects.get_or_create(name=name)
    if not created:
        return group  # an administrator may have tuned it: leave it as it is
    group.permissions.add(_permission(apps, "wagtailadmin", "admin", "access_admin"))
    for app_label, model, codename in model_permissions:
        group.permissions.add(_permission(apps, app_label, model, codename))
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=_permission(apps, "wagtailcore", "page", codename),
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model, codenames in collection_permissions:
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, model, codename),
                )
    return group


def create_moderation(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    _set_up_group(apps, EDITORS, EDITOR_PAGE_PERMISSIONS, EDITOR_COLLECTION_PERMISSIONS, [])
    moderators = _set_up_group(
        apps,
        MODERATORS,
        MODERATOR_PAGE_PERMISSIONS,
        MODERATOR_COLLECTION_PERMISSIONS,
        [
            ("news", "newscategory", codename)
            for codename in ("add_newscategory", "change_newscategory", "delete_newscategory")
        ],
    )

    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        task_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task, task_created = GroupApprovalTask.objects.get_or_create(
            name=TASK, defaults={"content_type": task_type, "active": True}
        )
        if task_created:
            task.groups.add(moderators)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    index_type = ContentType.objects.filter(app_label="news", model="newsindexpage").first()
    if index_type is not None:
        Page = apps.get_model("wagtailcore", "Page")
        for page in Page.objects.filter(content_type=index_type):
            WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_newest_first_index_gallery_block"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_moderation, migrations.RunPython.noop)]
