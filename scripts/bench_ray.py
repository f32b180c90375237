"""Ray engine vs local engine throughput and per-worker peak RSS (until `eventwire bench --engine
ray` is wired): `python scripts/bench_ray.py [--num-cpus N] [--address ADDR] [CORPUS...]`."""
import argparse
import json

from eventwire.ray_engine import bench_ray

parser = argparse.ArgumentParser()
parser.add_argument("corpus", nargs="*")
parser.add_argument("--num-cpus", type=int)
parser.add_argument("--address")
args = parser.parse_args()
print(json.dumps(bench_ray(args.corpus or None, args.num_cpus, args.address).to_dict(), indent=2))
