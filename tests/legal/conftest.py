import pytest

from legal.factories import (
    AccessibilityStatementPageFactory,
    EasyReadPageFactory,
    PrivacyPolicyPageFactory,
    SignLanguagePageFactory,
)


@pytest.fixture
def statement(home_page):
    return AccessibilityStatementPageFactory(parent=home_page)


@pytest.fixture
def privacy_page(home_page):
    return PrivacyPolicyPageFactory(parent=home_page)


@pytest.fixture
def easy_read_page(home_page):
    return EasyReadPageFactory(parent=home_page)


@pytest.fixture
def sign_language_page(home_page):
    return SignLanguagePageFactory(parent=home_page)
