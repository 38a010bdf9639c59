"""Editorial workflow: scheduled publishing and expiry run by `publish_scheduled`, and the
two-step moderation (an editor submits, a moderator approves and only then it is published)."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from news.factories import NewsPageFactory
from news.models import MODERATION_WORKFLOW_NAME, NewsPage
from tests.helpers import link_hrefs, main_content
from tests.news.test_news_admin import add_news_url, news_form_data

pytestmark = pytest.mark.django_db


def listed_urls(client, news_index) -> list[str]:
    return link_hrefs(main_content(client.get(news_index.url)))


def test_a_scheduled_news_appears_only_after_its_time(client, news_index, home_page):
    go_live = timezone.now() + datetime.timedelta(hours=2)
    news = NewsPageFactory(parent=news_index, slug="zapowiedz", live=False)
    news.go_live_at = go_live
    news.save_revision(approved_go_live_at=go_live).publish()
    news.refresh_from_db()
    url = news.url

    assert not news.live
    call_command("publish_scheduled")  # not yet: nothing changes
    assert client.get(url).status_code == 404
    assert url not in listed_urls(client, news_index)
    assert url not in link_hrefs(main_content(client.get(home_page.url)))

    with mock.patch(
        "django.utils.timezone.now", return_value=go_live + datetime.timedelta(minutes=1)
    ):
        call_command("publish_scheduled")

    assert NewsPage.objects.get(pk=news.pk).live
    assert client.get(url).status_code == 200
    assert url in listed_urls(client, news_index)
    assert url in link_hrefs(main_content(client.get(home_page.url)))


def test_an_expired_news_leaves_the_site(client, news_index):
    news = NewsPageFactory(parent=news_index, slug="krotkie-ogloszenie")
    news.expire_at = timezone.now() + datetime.timedelta(days=1)
    news.save_revision().publish()
    url = news.url
    assert url in listed_urls(client, news_index)

    with mock.patch(
        "django.utils.timezone.now", return_value=news.expire_at + datetime.timedelta(minutes=1)
    ):
        call_command("publish_scheduled")

    assert client.get(url).status_code == 404
    assert url not in listed_urls(client, news_index)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redaktorka", "r@example.com", "haslo-123")
    user.groups.add(Group.objects.get(name="Redaktorzy"))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderator", "m@example.com", "haslo-456")
    user.groups.add(Group.objects.get(name="Moderatorzy"))
    return user


def test_the_news_index_is_moderated_by_the_two_step_workflow(news_index):
    workflow = news_index.get_workflow()

    assert workflow is not None and workflow.name == MODERATION_WORKFLOW_NAME
    tasks = [task.specific for task in workflow.tasks.all()]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [["Moderatorzy"]]


def test_an_editor_cannot_publish_but_submits_for_moderation(client, news_index, editor, moderator):
    client.force_login(editor)
    data = news_form_data()
    data["action-publish"] = "action-publish"
    client.post(add_news_url(news_index), data)
    assert not NewsPage.objects.child_of(news_index).filter(live=True).exists()
    NewsPage.objects.child_of(news_index).delete()

    data = news_form_data()
    data["action-submit"] = "action-submit"
    response = client.post(add_news_url(news_index), data)

    assert response.status_code == 302
    news = NewsPage.objects.child_of(news_index).get()
    assert not news.live
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(news.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert client.get(news.url).status_code == 404


def test_the_moderator_sees_the_submission_and_approval_publishes_it(
    client, news_index, editor, moderator
):
    client.force_login(editor)
    data = news_form_data()
    data["action-submit"] = "action-submit"
    client.post(add_news_url(news_index), data)
    news = NewsPage.objects.child_of(news_index).get()
    client.logout()

    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert news.title in dashboard.content.decode(), "the moderator does not see the submission"
    assert not NewsPage.objects.get(pk=news.pk).live

    state = WorkflowState.objects.get(object_id=str(news.pk))
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[news.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(approve_url, {"comment": ""})

    assert response.status_code in (200, 302)
    news.refresh_from_db()
    assert news.live
    assert str(news.date) == "2009-12-09"
    client.logout()
    assert client.get(news.url).status_code == 200


def test_an_editor_cannot_approve_their_own_submission(client, news_index, editor):
    client.force_login(editor)
    data = news_form_data()
    data["action-submit"] = "action-submit"
    client.post(add_news_url(news_index), data)
    news = NewsPage.objects.child_of(news_index).get()
    state = WorkflowState.objects.get(object_id=str(news.pk))

    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[news.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )

    assert not NewsPage.objects.get(pk=news.pk).live
