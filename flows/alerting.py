"""Alerts from the flows: the check at the end of a run, delivery, and the Prefect automations.

A run checks the alert rules (warehouse/alerts.py) inside the writer, then delivers what they
raised. With a Prefect server, each alert is emitted as a `bamboo.alert.<kind>` event; the
automations of config/automations.yaml (created by `bamboo serve` or `bamboo alerts setup`) send
those, and failed runs, through a notification block. When the server has no such automation, or
there is no server, the run POSTs each alert to BAMBOO_ALERT_WEBHOOK itself. Delivery never fails a
run: a failure is one log line and `alerts.delivery_error`.
"""

from __future__ import annotations

import logging
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import task

from extractors.core.errors import ConfigError
from extractors.core.settings import Settings
from flows import writer
from warehouse import alerts

if TYPE_CHECKING:
    from flows.ingest import RunSummary

log = logging.getLogger("bamboo.alerts")

SPEC = Path(__file__).resolve().parent.parent / "config" / "automations.yaml"
BLOCK_PLACEHOLDER = "BAMBOO_ALERT_BLOCK_ID"
WEBHOOK_BLOCK = "bamboo-alerts"  # the Custom Webhook block made from BAMBOO_ALERT_WEBHOOK
ALERT_AUTOMATION = "bamboo: alert"
FAILURE_AUTOMATION = "bamboo: run failed"
RECHECK_SECONDS = 60.0
_known: dict[tuple[str, str], tuple[bool, float]] = {}
# Errors after which the webhook is not tried again within one delivery (names, so httpx loads lazily).
_UNREACHABLE = ("ConnectError", "ConnectTimeout")  # (server, automation) -> (exists, when asked)


def thresholds(settings: Settings) -> alerts.Thresholds:
    return alerts.Thresholds(min_stories=settings.alert_min_stories,
                             min_reports=settings.alert_min_reports, tier_days=settings.alert_tier_days)


@task(name="check-alerts")
def check_alerts(settings: Settings, run_id: str) -> list[alerts.Alert]:
    """Run the alert rules over what is new and remember what they looked at and raised."""
    with writer.warehouse(settings) as con:
        found, seen = alerts.check(con, thresholds(settings))
        alerts.record(con, found, seen, run_id)
    return found


@task(name="deliver-alerts")
def deliver_alerts(settings: Settings, run_id: str, found: list[alerts.Alert]) -> None:
    """Emit the alerts as Prefect events, or POST them to the webhook, and record how it went."""
    results = deliver(settings, found, run_id)
    if results:
        with writer.warehouse(settings) as con:
            alerts.record_delivery(con, results)


def raise_alerts(settings: Settings, summary: RunSummary, stage: str) -> None:
    """The run's alert step (`stage` "check" before the analyst copy is published, "deliver" after).

    Whatever goes wrong is one log line and one summary line: the run's data is loaded already.
    """
    try:
        if stage == "check":
            summary.alerts = check_alerts(settings, summary.run_id)
        elif summary.alerts:
            deliver_alerts(settings, summary.run_id, summary.alerts)
    except Exception as exc:
        line = f"Alerts not {'checked' if stage == 'check' else 'delivered'}: {type(exc).__name__}: {exc}"
        log.error("%s", line)
        summary.warnings.append(line)


def deliver(settings: Settings, found: list[alerts.Alert], run_id: str | None
            ) -> list[tuple[str, str, str | None]]:
    """Send each alert once; returns (alert_id, via, error or None) for each one sent."""
    for a in found:
        log.info("Alert: %s", a.subject)
    if not found:
        return []
    if writer.server_url() is not None:
        emitted = emit(found, run_id)
        if emitted and automated(ALERT_AUTOMATION):
            return [(a.alert_id, "prefect-event", None) for a in found]
    if not settings.alert_webhook:
        return []
    return post_all(settings, found, run_id)


def post_all(settings: Settings, found: list[alerts.Alert], run_id: str | None
             ) -> list[tuple[str, str, str | None]]:
    """POST each alert; an unreachable webhook is not tried again for the rest. One log line in all."""
    import httpx

    results: list[tuple[str, str, str | None]] = []
    unreachable: str | None = None
    for a in found:
        error = unreachable or post(settings, a.payload(run_id))
        if error and unreachable is None and error.startswith(_UNREACHABLE):
            unreachable = error
        results.append((a.alert_id, "webhook", error))
    failed = [err for _, _, err in results if err]
    if failed:
        log.error("%d of %d alerts not delivered to %s: %s", len(failed), len(results),
                  httpx.URL(settings.alert_webhook).copy_with(query=None), failed[0])
    return results


def emit(found: list[alerts.Alert], run_id: str | None) -> bool:
    """Each alert as a `bamboo.alert.<kind>` Prefect event (its id derived from the run's and the alert's)."""
    from prefect.events import emit_event

    try:
        for a in found:
            emit_event(event=f"bamboo.alert.{a.kind}",
                       resource={"prefect.resource.id": f"bamboo.alert.{a.alert_id}",
                                 "prefect.resource.name": a.subject, "bamboo.alert.kind": a.kind},
                       payload=a.payload(run_id),
                       # Per run: the server drops an event id it has seen, and two warehouses (or a
                       # rebuilt one) raise the same alert ids, e.g. pair:US-VN.
                       id=uuid.uuid5(uuid.NAMESPACE_URL, f"bamboo:{run_id}:{a.alert_id}"))
        return True
    except Exception as exc:
        log.error("Alert events not emitted: %s: %s", type(exc).__name__, exc)
        return False


def post(settings: Settings, payload: dict[str, Any]) -> str | None:
    """POST one alert as JSON to BAMBOO_ALERT_WEBHOOK; the error in one line, or None (not logged)."""
    import httpx

    try:
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
        httpx.post(settings.alert_webhook, json=payload, timeout=timeout).raise_for_status()
        return None
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}".splitlines()[0][:500]


def automated(name: str) -> bool:
    """Whether the configured Prefect server has the automation `name` (answers cached a minute)."""
    url = writer.server_url()
    if url is None:
        return False
    cached = _known.get((url, name))
    if cached and time.monotonic() - cached[1] < RECHECK_SECONDS:
        return cached[0]
    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            exists = any(a.enabled for a in client.read_automations_by_name(name))
    except Exception as exc:  # no answer: the run posts itself rather than lose the alert
        log.warning("Could not ask %s for automation %r: %s", url, name, exc)
        exists = False
    _known[(url, name)] = (exists, time.monotonic())
    return exists


def notify_failure(flow: Any, flow_run: Any, state: Any) -> None:
    """Flow on_failure hook: POST a run_failed alert when no server automation will send one."""
    try:
        settings = Settings.from_env()
        if not settings.alert_webhook or automated(FAILURE_AUTOMATION):
            return
        alert = alerts.Alert(f"run_failed:{flow_run.id}", "run_failed", f"Bamboo Wire {flow.name} run failed",
                             f"Flow run {flow_run.name} ({flow_run.id}) of {flow.name} failed: "
                             f"{getattr(state, 'message', '') or state}",
                             {"flow": flow.name, "flow_run_id": str(flow_run.id)})
        if error := post(settings, alert.payload()):
            log.error("Failure alert not delivered to the webhook: %s", error)
    except Exception as exc:  # a hook must never hide the run's own failure
        log.error("Failure alert not sent: %s: %s", type(exc).__name__, exc)


# --- Setting up the automations on a server -------------------------------------------------------

def spec(block_id: str) -> list[dict[str, Any]]:
    """The automations of config/automations.yaml, sending through the block `block_id`."""
    import yaml

    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    autos: list[dict[str, Any]] = data["automations"]
    for a in autos:
        for action in a.get("actions", []):
            if action.get("block_document_id") == BLOCK_PLACEHOLDER:
                action["block_document_id"] = block_id
    return autos


def notification_block(settings: Settings) -> str:
    """The id of the block the automations send through: BAMBOO_ALERT_BLOCK, or a webhook block."""
    from prefect.blocks.core import Block
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    if settings.alert_block:
        try:
            block = Block.load(settings.alert_block)
        except Exception as exc:
            raise ConfigError(f"BAMBOO_ALERT_BLOCK={settings.alert_block!r}: cannot load it "
                              f"(type-slug/name, e.g. slack-webhook/ops): {exc}") from exc
        if "notify" not in block.get_block_capabilities():
            raise ConfigError(f"BAMBOO_ALERT_BLOCK={settings.alert_block!r} is not a notification block")
        return str(block._block_document_id)
    if not settings.alert_webhook:
        raise ConfigError("set BAMBOO_ALERT_WEBHOOK (a URL) or BAMBOO_ALERT_BLOCK (a notification block)")
    hook = CustomWebhookNotificationBlock(
        name="Bamboo Wire", url=settings.alert_webhook, method="POST",
        json_data={"source": "prefect-automation", "subject": "{{subject}}", "text": "{{body}}"})
    return str(hook.save(WEBHOOK_BLOCK, overwrite=True))


def setup_automations(settings: Settings) -> list[str]:
    """Create (or replace) the automations on the configured server; returns their names."""
    from prefect.client.orchestration import get_client
    from prefect.events.schemas.automations import AutomationCore

    if writer.server_url() is None:
        raise ConfigError("no Prefect server: set PREFECT_API_URL (automations need a server)")
    block_id = notification_block(settings)
    names = []
    with get_client(sync_client=True) as client:
        for a in spec(block_id):
            for old in client.read_automations_by_name(a["name"]):
                client.delete_automation(old.id)
            client.create_automation(AutomationCore.model_validate(a))
            names.append(a["name"])
    _known.clear()
    return names
