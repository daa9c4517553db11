from dagster import RunRequest, SkipReason, build_sensor_context

from orchestration.resources import LandingZone
from orchestration.sensors import landing_sensor


def test_landing_sensor_requests_a_run_only_when_files_change(tmp_path):
    (tmp_path / "calls").mkdir()
    landing = LandingZone(path=str(tmp_path))
    first = landing_sensor(build_sensor_context(resources={"landing": landing}))
    assert isinstance(first, RunRequest)

    same = landing_sensor(build_sensor_context(cursor=first.run_key, resources={"landing": landing}))
    assert isinstance(same, SkipReason)

    (tmp_path / "calls" / "new.csv").write_text("call_id,customer_id,started_at\n")
    changed = landing_sensor(build_sensor_context(cursor=first.run_key, resources={"landing": landing}))
    assert isinstance(changed, RunRequest) and changed.run_key != first.run_key
