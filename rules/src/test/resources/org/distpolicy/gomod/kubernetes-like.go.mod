// This is a generated file. Do not edit directly.

// Deprecated: use k8s.io/kubernetes/v2 instead.
module k8s.io/kubernetes

go 1.24.0

toolchain go1.24.4

godebug default=go1.23

godebug (
	winsymlink=0
	x509negativeserial=1
)

require (
	bitbucket.org/bertimus9/systemstat v0.5.0
	github.com/Microsoft/go-winio v0.6.2
	github.com/blang/semver/v4 v4.0.0
	github.com/container-storage-interface/spec v1.9.0
	github.com/coreos/go-systemd/v22 v22.5.0
	github.com/docker/go-units v0.5.0
	github.com/emicklei/go-restful/v3 v3.12.2
	github.com/fsnotify/fsnotify v1.9.0
	github.com/go-logr/logr v1.4.2
	github.com/google/cadvisor v0.52.1
	github.com/google/go-cmp v0.7.0
	go.etcd.io/etcd/client/v3 v3.5.21
	golang.org/x/net v0.38.0
	golang.org/x/sys v0.31.0
	google.golang.org/grpc v1.72.1
	gopkg.in/evanphx/json-patch.v4 v4.12.0
	gopkg.in/yaml.v3 v3.0.1
	k8s.io/api v0.0.0
	k8s.io/apimachinery v0.0.0
	k8s.io/klog/v2 v2.130.1
	k8s.io/utils v0.0.0-20241104100929-3ea5e8cea738
	sigs.k8s.io/yaml v1.4.0
)

require (
	cel.dev/expr v0.23.1 // indirect
	github.com/Azure/go-ansiterm v0.0.0-20230124172434-306776ec8161 // indirect
	github.com/NYTimes/gziphandler v1.1.1 // indirect
	github.com/docker/docker v26.1.4+incompatible // indirect; pulled in by cadvisor
	github.com/gogo/protobuf v1.3.2 // indirect
	github.com/golang/groupcache v0.0.0-20210331224755-41bb18bfe9da // indirect
	github.com/pkg/errors v0.9.1 //indirect
	go.opentelemetry.io/otel v1.33.0 // indirect
	gopkg.in/check.v1 v0.0.0-20161208181325-20d25e280405 // indirect
	sigs.k8s.io/json v0.0.0-20241010143419-9aa6b5e7a4b3 // indirect
)

replace (
	k8s.io/api => ./staging/src/k8s.io/api
	k8s.io/apimachinery => ./staging/src/k8s.io/apimachinery
	github.com/docker/docker v26.1.4+incompatible => github.com/docker/docker v26.1.5+incompatible
	"github.com/golang/groupcache" => github.com/golang/groupcache v0.0.0-20210331224755-41bb18bfe9da
)

replace github.com/google/cadvisor => /opt/src/cadvisor

exclude github.com/gogo/protobuf v1.3.1

retract (
	// Published by mistake: tags pointed at a fork.
	[v1.30.0, v1.30.2]
	v1.29.1 // Contains CVE-2024-0000.
)

tool golang.org/x/tools/cmd/stringer

tool (
	k8s.io/code-generator/cmd/deepcopy-gen
	sigs.k8s.io/controller-tools/cmd/controller-gen
)

ignore ./third_party/forked

ignore (
	./hack/tools
	node_modules
)
